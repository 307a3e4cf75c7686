using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Client;

/// <summary>
/// One HTTP attempt, already redacted. Failure messages, summaries and reports are built from these alone.
/// </summary>
public sealed record Exchange
{
    /// <summary>The operation the attempt called; null for a route no operation has.</summary>
    public ApiOperation? Operation { get; init; }

    public Traffic Traffic { get; init; }

    /// <summary>
    /// How request figures and the HTTP archive name the attempt, the one place it becomes text: its operation's label,
    /// the run's own traffic by its kind, "other" for a route no operation has.
    /// </summary>
    public string Label => Traffic switch
    {
        Traffic.Probe => "probe",
        Traffic.Cleanup => "cleanup",
        Traffic.Sweep => "sweep",
        _ => Operation?.Label ?? "other",
    };

    public required string Method { get; init; }

    public required string Url { get; init; }

    public required string Path { get; init; }

    /// <summary>"" or "?a=b".</summary>
    public required string Query { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; }

    public string? RequestBody { get; init; }

    /// <summary>Null when the attempt got no answer.</summary>
    public int? StatusCode { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders { get; init; } = [];

    public string? ResponseBody { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Duration { get; init; }

    public string? RequestId { get; init; }

    /// <summary>1-based.</summary>
    public required int Attempt { get; init; }

    public string? IdempotencyKey { get; init; }

    public string? TransportError { get; init; }
}
