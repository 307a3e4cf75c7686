namespace CreditGrantConformance.Results.Text;

/// <summary>A count with its noun in the right number: "1 difference", "2 differences", "3 entries".</summary>
public static class Plural
{
    public static string Of(int count, string noun) => count == 1 ? $"{count} {noun}" : $"{count} {Many(noun)}";

    private static string Many(string noun) =>
        noun.EndsWith('y') && noun.Length > 1 && !"aeiou".Contains(noun[^2], StringComparison.Ordinal)
            ? noun[..^1] + "ies"
            : noun + "s";
}
