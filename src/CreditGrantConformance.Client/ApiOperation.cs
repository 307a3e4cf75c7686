namespace CreditGrantConformance.Client;

/// <summary>
/// The credit-grant operations by the names that wire vectors and SDK drivers use (<c>credit_grants.create</c>), with
/// the method and path each one is sent as.
/// </summary>
public sealed record ApiOperation(string Name, HttpMethod Method, string Suffix, bool TakesId)
{
    public const string Root = "/v1/billing/credit_grants";

    public static ApiOperation List { get; } = new("credit_grants.list", HttpMethod.Get, "", false);

    public static ApiOperation Create { get; } = new("credit_grants.create", HttpMethod.Post, "", false);

    public static ApiOperation Retrieve { get; } = new("credit_grants.retrieve", HttpMethod.Get, "", true);

    public static ApiOperation Update { get; } = new("credit_grants.update", HttpMethod.Post, "", true);

    public static ApiOperation Expire { get; } = new("credit_grants.expire", HttpMethod.Post, "/expire", true);

    public static ApiOperation Void { get; } = new("credit_grants.void", HttpMethod.Post, "/void", true);

    public static IReadOnlyList<ApiOperation> All { get; } = [List, Create, Retrieve, Update, Expire, Void];

    public static ApiOperation Named(string name) =>
        All.FirstOrDefault(o => o.Name == name) ?? throw new ArgumentException($"Unknown operation '{name}'; known: {string.Join(", ", All.Select(o => o.Name))}.", nameof(name));

    public string PathFor(string? id) => TakesId
        ? $"{Root}/{Uri.EscapeDataString(id ?? throw new ArgumentException($"{Name} needs an id.", nameof(id)))}{Suffix}"
        : Root;

    /// <summary>The call as a request: method, path (with the id escaped) and parameters.</summary>
    public StripeRequest Request(string? id, FormParams? parameters) => new(Method, PathFor(id)) { Params = parameters ?? [] };

    /// <summary>The operation a request is, and the id in its path; null for anything else (customers, unknown routes).</summary>
    public static (ApiOperation Operation, string? Id)? Match(HttpMethod method, string path)
    {
        if (!path.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[Root.Length..];
        if (rest.Length == 0)
        {
            return All.FirstOrDefault(o => !o.TakesId && o.Method == method) is { } collection ? (collection, null) : null;
        }

        var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (rest[0] != '/' || segments.Length is 0 or > 2)
        {
            return null;
        }

        var suffix = segments.Length == 2 ? "/" + segments[1] : "";
        var operation = All.FirstOrDefault(o => o.TakesId && o.Method == method && o.Suffix == suffix);
        return operation is null ? null : (operation, Uri.UnescapeDataString(segments[0]));
    }
}
