namespace CreditGrantConformance.Results.Har;

/// <summary>
/// The run's HTTP archive (HAR 1.2): its file name and the custom fields (HAR lets any object carry fields that start
/// with '_') that tie each entry to the check that made it. The writer and the run comparison read these names from
/// here.
/// </summary>
public static class HarFields
{
    public const string FileName = "conformance.har";

    /// <summary>
    /// The id of the check that made the attempt; null for the probe before the first check and cleanup after the last.
    /// </summary>
    public const string CheckId = "_checkId";

    public const string Operation = "_operation";

    /// <summary>1-based; a retried request has one entry per attempt, the last of them answered the check.</summary>
    public const string Attempt = "_attempt";

    public const string RequestId = "_requestId";

    public const string IdempotencyKey = "_idempotencyKey";

    /// <summary>Why an attempt got no answer (its response then has status 0).</summary>
    public const string TransportError = "_error";
}
