using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Properties;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// The target side of one generated sequence: a customer of its own and the ids the target gave, by creation order.
/// </summary>
public sealed class LifecycleTarget(CreditGrantApi api, string customer, string runId, CaseWatch watch)
{
    /// <summary>Keeps the target breaking apart from counterexamples (see <see cref="CaseWatch"/>).</summary>
    public CaseWatch Watch { get; } = watch;

    public CreditGrantApi Api { get; } = api;

    public string Customer { get; } = customer;

    public string RunId { get; } = runId;

    public List<string> Ids { get; } = [];

    /// <summary>The expiry the target chose when a grant was expired ("now"), which the model cannot know.</summary>
    public Dictionary<int, long> ExpiredAt { get; } = [];

    public Dictionary<int, long> VoidedAt { get; } = [];
}
