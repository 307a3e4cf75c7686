namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// Compares two sequences of ids and says where they part: the first differing position, missing and repeated ids.
/// </summary>
public static class Sequences
{
    public static string? Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return null;
        }

        var lines = new List<string>();
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        var repeated = actual.GroupBy(a => a).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (expected.Count != actual.Count)
        {
            lines.Add($"expected {expected.Count} ids, got {actual.Count}");
        }

        if (missing.Count > 0)
        {
            lines.Add("missing: " + Some(missing));
        }

        if (extra.Count > 0)
        {
            lines.Add("not expected: " + Some(extra));
        }

        if (repeated.Count > 0)
        {
            lines.Add("seen more than once: " + Some(repeated));
        }

        var first = Enumerable.Range(0, Math.Min(expected.Count, actual.Count))
            .FirstOrDefault(i => expected[i] != actual[i], -1);
        if (first >= 0)
        {
            lines.Add($"first difference at position {first}: expected {expected[first]}, got {actual[first]}");
        }

        return string.Join("; ", lines);
    }

    private static string Some(List<string> ids) => ids.Count <= 4
        ? string.Join(", ", ids)
        : string.Join(", ", ids.Take(4)) + $" and {ids.Count - 4} more";
}
