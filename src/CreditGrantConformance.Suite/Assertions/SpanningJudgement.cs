using CreditGrantConformance.Suite.Failures;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// Judgements that span several exchanges (a walk over pages, a count after many requests): a problem, when there is
/// one, fails the check with the problem first and what the check expected after it.
/// </summary>
public static class SpanningJudgement
{
    public static void That(string? problem, string expectation)
    {
        if (problem is not null)
        {
            throw new CheckFailedException(problem + Environment.NewLine + "Expected: " + expectation);
        }
    }
}
