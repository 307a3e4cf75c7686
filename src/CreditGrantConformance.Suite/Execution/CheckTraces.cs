using System.Globalization;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results;
using CreditGrantConformance.Suite.Configuration;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// Builds what reports need of a finished check: its NUnit names, timing, traffic, failing exchanges and parameters.
/// </summary>
internal static class CheckTraces
{
    public static CheckTrace Of(
        TestExecutionContext context,
        DateTimeOffset started,
        IReadOnlyList<Exchange> exchanges,
        RawResult raw,
        ConformanceSettings settings)
    {
        var test = context.CurrentTest;
        var parameters = new List<KeyValuePair<string, string>>
        {
            KeyValuePair.Create("seed", settings.Seed.ToString(CultureInfo.InvariantCulture)),
        };
        parameters.AddRange(test.Arguments.Select((a, i) => KeyValuePair.Create($"argument {i + 1}", Show(a))));
        return new CheckTrace(
            test.Name,
            test.FullName,
            started,
            DateTimeOffset.UtcNow,
            raw.StackTrace,
            exchanges,
            parameters)
        {
            Failing = raw.Failing,
        };
    }

    private static string Show(object? argument) => argument switch
    {
        null => "null",
        Delegate => "(request)",
        _ => Convert.ToString(argument, CultureInfo.InvariantCulture) ?? "null",
    };
}
