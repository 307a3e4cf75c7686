namespace CreditGrantConformance.Results.Recording;

/// <summary>One request as the target received it: what an SDK actually sent.</summary>
public sealed record ReceivedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body);
