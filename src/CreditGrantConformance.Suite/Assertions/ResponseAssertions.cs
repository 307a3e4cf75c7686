using System.Text;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Failures;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// Evaluates expectations in one place; a miss throws with what was expected, what differs, what was sent and what came
/// back.
/// </summary>
public static class ResponseAssertions
{
    public static StripeResponse Should(this StripeResponse response, params Expectation[] expectations)
    {
        var misses = expectations
            .Select(e => (Expectation: e, Problem: e.Evaluate(response)))
            .Where(m => m.Problem is not null)
            .ToList();
        if (misses.Count > 0)
        {
            throw new CheckFailedException(
                Message(response, expectations, misses.Select(m => Line(m.Expectation, m.Problem!)).ToList()),
                Evidence(misses.Select(m => m.Expectation)),
                [response.Exchange]);
        }

        return response;
    }

    /// <summary>
    /// The evidence a failure rests on: null (the check's own) when any check-strength expectation missed, else the
    /// strongest weaker one.
    /// </summary>
    public static Provenance? Evidence(IEnumerable<Expectation> missed)
    {
        var evidence = missed.Select(m => m.Evidence).ToList();
        return evidence.Any(e => e is null) ? null : evidence.OfType<Provenance>().MaxBy(p => p.Strength());
    }

    public static string Message(
        StripeResponse response,
        IEnumerable<Expectation> expectations,
        IReadOnlyList<string> failures)
    {
        var text = new StringBuilder();
        foreach (var failure in failures)
        {
            text.AppendLine(failure);
        }

        text.Append("Expected: ").AppendLine(string.Join(", ", expectations.Select(e => e.Description)));
        text.Append(ExchangeText.Describe(response.Exchange));
        return text.ToString();
    }

    private static string Line(Expectation expectation, string problem) =>
        expectation.Evidence is { } evidence ? $"{problem} [{evidence.Name()} evidence]" : problem;
}
