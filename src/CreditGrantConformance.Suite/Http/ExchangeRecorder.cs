using System.Collections.Concurrent;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// Receives every exchange of the run and files it under the check in progress (an async-local scope), so that a
/// failure message, the summary and the reports can show exactly that check's traffic.
/// </summary>
public sealed class ExchangeRecorder : IExchangeSink
{
    private static readonly AsyncLocal<CheckScope?> Scope = new();
    private readonly ConcurrentQueue<Exchange> all = new();

    public IReadOnlyCollection<Exchange> All => all;

    public static CheckScope? Current => Scope.Value;

    public static CheckScope Begin(CheckInfo? check)
    {
        var previous = Scope.Value;
        var scope = new CheckScope(check, _ => Scope.Value = previous);
        Scope.Value = scope;
        return scope;
    }

    public void Record(Exchange exchange)
    {
        all.Enqueue(exchange);
        Scope.Value?.Add(exchange);
    }
}
