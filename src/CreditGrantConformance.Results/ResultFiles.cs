using CreditGrantConformance.Results.Har;
using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.Results;

/// <summary>
/// The files a run writes in its results directory, by name: the summary JSON and text, the Allure results, the HTTP
/// archive and the tool's JUnit XML. The suite writes them, the comparison, the tool and the self-tests read them.
/// </summary>
public static class ResultFiles
{
    public const string TextFileName = "conformance-summary.txt";
    public const string AllureDirectoryName = "allure-results";

    /// <summary>The JUnit XML file the tool's <c>run</c> writes beside the summary.</summary>
    public const string JunitFileName = "conformance-junit.xml";

    /// <summary>The run's coverage ledger: what its requests exercised of each operation.</summary>
    public const string CoverageFileName = "conformance-coverage.json";

    /// <summary>
    /// Every file and folder a run writes in its results directory. Each run removes them all before it writes, so
    /// nothing of an earlier run is read as this one's (a self-test holds a full run's directory to this list: a new
    /// output is added here or that test fails).
    /// </summary>
    public static readonly IReadOnlyList<string> Owned =
        [SummaryFile.FileName, TextFileName, HarFields.FileName, AllureDirectoryName, JunitFileName, CoverageFileName];

    /// <summary>
    /// <see cref="Clear"/> where the directory may be unusable: the run then says so itself, when it writes.
    /// </summary>
    public static void TryClear(string directory)
    {
        try
        {
            Clear(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reported by the writes that follow, which fail the same way.
        }
    }

    /// <summary>Removes every output of an earlier run from <paramref name="directory"/>, and nothing else.</summary>
    public static void Clear(string directory)
    {
        foreach (var path in Owned.Select(name => Path.Combine(directory, name)))
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            File.Delete(path);
        }
    }
}
