using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Client;

/// <summary>
/// One API call. GET and DELETE send <see cref="Params"/> in the query string, POST in a form body. A call of an
/// operation carries its descriptor and the id in its path (<see cref="ApiOperationRequests.Request"/>), so nothing
/// downstream (the schema gate, the SDK transport, figures, the archive) rediscovers it from the method and path.
/// </summary>
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

    /// <summary>The operation this call is; null for a route no operation has (routing checks build those).</summary>
    public ApiOperation? Operation { get; init; }

    /// <summary>The id in the path, unescaped, for an operation that takes one.</summary>
    public string? ObjectId { get; init; }

    /// <summary>Whose call this is: a check's, or the run's own (probe, cleanup, sweep).</summary>
    public Traffic Traffic { get; init; }

    /// <summary>For checks that must see the first answer, whatever it is.</summary>
    public bool NoRetry { get; init; }
}
