namespace CreditGrantConformance.Compare.Diff;

/// <summary>
/// One place where run B answered differently from run A. <see cref="Path"/> is a JSON pointer into the response body,
/// or one of the pseudo-paths <c>outcome</c>, <c>requests</c>, <c>status</c>, <c>content-type</c>, <c>body</c>.
/// <see cref="Exchange"/> is the 1-based number of the exchange in its check (in A), null for the check as a whole.
/// </summary>
public sealed record Divergence(
    string CheckId,
    string Operation,
    int? Exchange,
    string Request,
    string Path,
    DivergenceKind Kind,
    string A,
    string B)
{
    /// <summary>The same place in another comparison with A: what a noise run learns.</summary>
    public string Key => $"{CheckId}\n{Exchange}\n{Path}";

    /// <summary>
    /// The path with array positions and metadata keys as '*': one field of a list however many items it has, one
    /// metadata map whatever keys the request set.
    /// </summary>
    public string Field
    {
        get
        {
            var segments = Path.Split('/');
            var map = Array.IndexOf(segments, "metadata");
            return string.Join('/', segments.Select((s, i) =>
                (s.Length > 0 && s.All(char.IsAsciiDigit)) || (map >= 0 && i == map + 1) ? "*" : s));
        }
    }
}

public enum DivergenceKind
{
    /// <summary>The checks' outcomes differ.</summary>
    Outcome,

    /// <summary>
    /// B sent other requests in the check (or another number of them): the rest of the check is not paired.
    /// </summary>
    Requests,

    Status,
    ContentType,

    /// <summary>A field of A's answer is not in B's.</summary>
    Missing,

    /// <summary>A field of B's answer is not in A's.</summary>
    Extra,

    /// <summary>The JSON type differs; null against a value is a change of nullability.</summary>
    Type,

    /// <summary>
    /// A value meaningful across runs (object, error type/code/param, livemode, a list's url and has_more) differs.
    /// </summary>
    Value,

    /// <summary>A echoed the value the request sent at this path; B did not.</summary>
    Echo,
}

public static class DivergenceKindNames
{
    /// <summary>The name in reports: <c>content_type</c>.</summary>
    public static string Name(this DivergenceKind kind) =>
        kind == DivergenceKind.ContentType ? "content_type" : kind.ToString().ToLowerInvariant();
}
