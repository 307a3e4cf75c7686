using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// Generated requests as a reader wants them in a counterexample: decoded form pairs (no percent-encoding),
/// placeholders as written, long values cut with their length.
/// </summary>
public static class Readable
{
    public const string Customer = "{customer}";
    public const string Run = "{run}";
    private const int MaxValue = 60;

    public static string Pairs(FormParams parameters) =>
        string.Join(" & ", StripeForm.Flatten(parameters).Select(p => $"{p.Key}={Value(p.Value)}"));

    private static string Value(string value) =>
        value.Length <= MaxValue ? value : value[..MaxValue] + $"…({value.Length} characters)";
}
