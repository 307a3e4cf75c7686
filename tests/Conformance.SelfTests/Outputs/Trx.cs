using System.Xml.Linq;

namespace CreditGrantConformance.SelfTests.Outputs;

/// <summary>
/// What a TRX file (the test runner's own record) says: its counters and each test's outcome by name.
/// </summary>
internal sealed record Trx(
    int Total,
    int Passed,
    int Failed,
    int NotExecuted,
    IReadOnlyDictionary<string, string> Outcomes)
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static Trx Read(string resultsDirectory)
    {
        var file = Directory.GetFiles(Path.Combine(resultsDirectory, "trx"), "*.trx").Single();
        var document = XDocument.Load(file);
        var counters = document.Descendants(Ns + "Counters").Single();
        int Count(string name) =>
            int.Parse(counters.Attribute(name)?.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var outcomes = document.Descendants(Ns + "UnitTestResult")
            .ToDictionary(
                r => r.Attribute("testName")!.Value,
                r => r.Attribute("outcome")!.Value,
                StringComparer.Ordinal);
        // Skipped tests count in total but not in executed; the notExecuted counter stays 0.
        return new Trx(
            Count("total"),
            Count("passed"),
            Count("failed") + Count("error"),
            Count("total") - Count("executed"),
            outcomes);
    }
}
