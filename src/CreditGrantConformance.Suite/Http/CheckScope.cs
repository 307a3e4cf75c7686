using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Http;

/// <summary>The traffic and observations of the check in progress. Reports attach exactly this check's exchanges.</summary>
public sealed class CheckScope(CheckInfo? check, Action<CheckScope> onEnd) : IDisposable
{
    private readonly List<Exchange> exchanges = [];
    private readonly List<string> observations = [];

    public CheckInfo? Check { get; } = check;

    public IReadOnlyList<Exchange> Exchanges
    {
        get
        {
            lock (exchanges)
            {
                return exchanges.ToList();
            }
        }
    }

    public IReadOnlyList<string> Observations
    {
        get
        {
            lock (observations)
            {
                return observations.ToList();
            }
        }
    }

    /// <summary>Why the check cannot be judged on this target (set when an SDK call cannot express its request).</summary>
    public string? NotApplicableReason { get; private set; }

    public void MarkNotApplicable(string reason) => NotApplicableReason ??= reason;

    public IReadOnlyList<string> RequestIds => Exchanges.Select(e => e.RequestId).OfType<string>().Distinct().ToList();

    public void Add(Exchange exchange)
    {
        lock (exchanges)
        {
            exchanges.Add(exchange);
        }
    }

    public void Observe(string observation)
    {
        lock (observations)
        {
            if (!observations.Contains(observation))
            {
                observations.Add(observation);
            }
        }
    }

    public void Dispose() => onEnd(this);
}
