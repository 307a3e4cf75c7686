using System.Text;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Http;
using NUnit.Framework;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>Evaluates expectations in one place and fails with what was sent, what came back, the Request-Id and the rule's source.</summary>
public static class ResponseAssertions
{
    public static StripeResponse Should(this StripeResponse response, params Expectation[] expectations)
    {
        var failures = expectations.Select(e => e.Evaluate(response)).OfType<string>().ToList();
        if (failures.Count > 0)
        {
            Assert.Fail(Message(response, expectations, failures));
        }

        return response;
    }

    public static string Message(StripeResponse response, IEnumerable<Expectation> expectations, IReadOnlyList<string> failures)
    {
        var text = new StringBuilder();
        if (ExchangeRecorder.Current?.Check is { } check)
        {
            text.Append(check.Id).Append(" [").Append(check.Provenance.ToString().ToLowerInvariant()).Append("]: ").AppendLine(check.Rule);
        }

        text.Append("Expected: ").AppendLine(string.Join(", ", expectations.Select(e => e.Description)));
        foreach (var failure in failures)
        {
            text.Append("  - ").AppendLine(failure);
        }

        text.Append(ExchangeText.Describe(response.Exchange));
        return text.ToString();
    }
}
