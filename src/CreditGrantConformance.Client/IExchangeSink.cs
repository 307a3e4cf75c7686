namespace CreditGrantConformance.Client;

/// <summary>Receives every attempt, from any thread.</summary>
public interface IExchangeSink
{
    void Record(Exchange exchange);
}
