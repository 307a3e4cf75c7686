using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// Notes a check keeps beside its verdict (schema drift, an SDK's parameter order): observations, never failures.
/// </summary>
public interface ICheckObserver
{
    void Observe(string observation);
}

/// <summary>
/// The traffic and observations of one check. Everything the check sends is recorded here and in the run's log, under
/// the check's id, so reports attach exactly this check's exchanges.
/// </summary>
public sealed class CheckScope(string checkId, ExchangeLog log) : IExchangeSink, ICheckObserver
{
    private readonly List<Exchange> exchanges = [];
    private readonly List<string> observations = [];

    public string CheckId { get; } = checkId;

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

    public IReadOnlyList<string> RequestIds => Exchanges.Select(e => e.RequestId).OfType<string>().Distinct().ToList();

    public void Record(Exchange exchange)
    {
        lock (exchanges)
        {
            exchanges.Add(exchange);
        }

        log.Record(exchange, CheckId);
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
}
