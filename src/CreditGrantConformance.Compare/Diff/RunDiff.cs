using CreditGrantConformance.Compare.Runs;

namespace CreditGrantConformance.Compare.Diff;

/// <summary>Compares two runs check by check, in A's order and then the checks only B ran.</summary>
public static class RunDiff
{
    public static IReadOnlyList<CheckComparison> Compare(RecordedRun a, RecordedRun b)
    {
        var checksA = a.Checks.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var checksB = b.Checks.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return a.Checks.Concat(b.Checks.Where(c => !checksA.ContainsKey(c.Id)))
            .Select(c => CheckDiff.Compare(
                c.Id, c.Operation, checksA.GetValueOrDefault(c.Id), checksB.GetValueOrDefault(c.Id), a, b))
            .ToList();
    }
}
