namespace CreditGrantConformance.Client;

/// <summary>Every attempt failed without an answer (connection refused or reset, timeout).</summary>
public sealed class StripeTransportException(string message, Exchange lastExchange, Exception? inner = null)
    : Exception(message, inner)
{
    public Exchange LastExchange { get; } = lastExchange;
}
