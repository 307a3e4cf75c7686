using System.Collections.Concurrent;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Har;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// Every attempt of the run, in order, from any thread: request figures and the run's archive are built from it.
/// </summary>
public sealed class ExchangeLog : IExchangeSink
{
    private readonly ConcurrentQueue<LoggedExchange> all = new();

    public IReadOnlyList<LoggedExchange> All => all.ToList();

    /// <summary>Attempts made outside any check (the probe before the first check, cleanup after the last).</summary>
    public void Record(Exchange exchange) => all.Enqueue(new LoggedExchange(exchange, null));

    public void Record(Exchange exchange, string checkId) => all.Enqueue(new LoggedExchange(exchange, checkId));
}
