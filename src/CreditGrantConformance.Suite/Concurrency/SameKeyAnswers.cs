using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Text;

namespace CreditGrantConformance.Suite.Concurrency;

/// <summary>
/// Judges one burst of identical creates under one Idempotency-Key: every answer is the one grant (200, one id) or a
/// refusal that saved nothing (409, 429 or a conflict's code in Stripe's error envelope), and the customer holds that
/// grant alone.
/// </summary>
public static class SameKeyAnswers
{
    /// <summary>
    /// What is wrong with the burst, or null; <paramref name="listed"/> are the grants the customer holds.
    /// </summary>
    public static string? Problem(IReadOnlyList<StripeResponse> answers, IReadOnlyList<string> listed)
    {
        var other = answers.Where(a => !Refusals.Applied(a) && !Refusals.IsConflictOrLimit(a)).ToList();
        if (other.Count > 0)
        {
            return $"{Plural.Of(other.Count, "answer")} neither the grant nor a refusal that saves nothing "
                + "(409, 429 or a conflict's code in an error envelope): "
                + string.Join(", ", other.Select(Refusals.Describe).Distinct());
        }

        var answered = answers.Where(Refusals.Applied)
            .GroupBy(a => a.Json?["id"]?.ToString() ?? "(no id)")
            .Select(g => $"{g.Key} ({Plural.Of(g.Count(), "answer")})")
            .ToList();
        if (answered.Count > 1)
        {
            return $"the {answers.Count} answers named {answered.Count} different grants: "
                + string.Join(", ", answered.Take(3)) + (answered.Count > 3 ? $" and {answered.Count - 3} more" : "");
        }

        var expected = answers.Where(Refusals.Applied).Select(a => a.Json?["id"]?.ToString()).Distinct().ToList();
        return listed.Count == expected.Count && listed.All(expected.Contains)
            ? null
            : $"the customer holds {Plural.Of(listed.Count, "grant")} ({string.Join(", ", listed)}) "
                + $"where the answers named {(expected.Count == 0 ? "none" : string.Join(", ", expected))}";
    }

    /// <summary>How the burst was answered, for the failure: e.g. "3 × 200, 7 × 409 idempotency_error …".</summary>
    public static string Tally(IReadOnlyList<StripeResponse> answers) =>
        string.Join(", ", answers
            .GroupBy(a => Refusals.Applied(a) ? $"HTTP {a.StatusCode}" : Refusals.Describe(a))
            .Select(g => $"{g.Count()} × {g.Key}"));
}
