using CreditGrantConformance.Client;

namespace CreditGrantConformance.Results;

/// <summary>
/// What reports need of a finished check beyond its verdict: the NUnit test, its timing and its traffic.
/// </summary>
public sealed record CheckTrace(
    string TestName,
    string FullName,
    DateTimeOffset Start,
    DateTimeOffset Stop,
    string? StackTrace,
    IReadOnlyList<Exchange> Exchanges,
    IReadOnlyList<KeyValuePair<string, string>> Parameters)
{
    public static CheckTrace Empty { get; } = new("", "", default, default, null, [], []);

    /// <summary>The exchanges whose answers broke the rule (reports mark them failed).</summary>
    public IReadOnlyList<Exchange> Failing { get; init; } = [];
}
