namespace CreditGrantConformance.Client;

/// <summary>One API call. GET and DELETE send <see cref="Params"/> in the query string, POST in a form body.</summary>
public sealed record StripeRequest(HttpMethod Method, string Path)
{
    public FormParams Params { get; init; } = [];

    /// <summary>POST only; generated when null, and the same on every retry.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Overrides the client's key for this call.</summary>
    public string? ApiKey { get; init; }

    public AuthScheme Auth { get; init; } = AuthScheme.Bearer;

    /// <summary>Sent verbatim instead of encoding <see cref="Params"/> (malformed-input cases).</summary>
    public string? RawBody { get; init; }

    public string? ContentType { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Label for request figures: list, retrieve, create, update, expire, void, customer, other.</summary>
    public string Operation { get; init; } = "other";

    /// <summary>For checks that must see the first answer, whatever it is.</summary>
    public bool NoRetry { get; init; }
}
