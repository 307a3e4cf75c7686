namespace CreditGrantConformance.Client;

/// <summary>Splits Stripe's bracketed parameter names: <c>a[b][0][c]</c> → a, b, 0, c.</summary>
public static class BracketPath
{
    public static IReadOnlyList<string> Split(string path)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return [path];
        }

        var segments = new List<string> { path[..open] };
        var rest = path[open..];
        while (rest.Length > 0)
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (rest[0] != '[' || close < 0)
            {
                throw new ArgumentException(
                    $"'{path}' is not a bracketed parameter path like amount[monetary][value].",
                    nameof(path));
            }

            segments.Add(rest[1..close]);
            rest = rest[(close + 1)..];
        }

        return segments;
    }
}
