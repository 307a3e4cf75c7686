using CreditGrantConformance.Results.Har;
using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.Compare.Runs;

/// <summary>One check of a run as its summary reports it.</summary>
/// <summary>A check of a run as its summary lists it; <see cref="Category"/> is empty in older summaries.</summary>
public sealed record CheckRecord(string Id, string Operation, string Outcome, string Category = "");

/// <summary>
/// A results directory read back: the conditions of the run, its checks' outcomes and every check's requests.
/// </summary>
public sealed record RecordedRun(
    RunHeader Header,
    IReadOnlyList<CheckRecord> Checks,
    IReadOnlyDictionary<string, IReadOnlyList<RecordedExchange>> Exchanges)
{
    public IReadOnlyList<RecordedExchange> ExchangesOf(string checkId) => Exchanges.GetValueOrDefault(checkId) ?? [];

    /// <summary>Reads run <paramref name="name"/> (A, B, the noise run) from its results directory.</summary>
    public static RecordedRun Load(string directory, string name)
    {
        if (!Directory.Exists(directory))
        {
            throw new BadInputException(
                $"Run {name}: {directory} is not a directory. Give the results directory of a run "
                + "(CONFORMANCE_RESULTS_DIR, artifacts/ by default), "
                + "which holds conformance-summary.json and conformance.har.");
        }

        var summaryPath = SummaryFile.PathIn(directory);
        var archivePath = Path.Combine(directory, HarFields.FileName);
        if (!File.Exists(summaryPath))
        {
            throw new BadInputException(
                $"Run {name}: {directory} holds no {SummaryFile.FileName}; is it the results directory of a run?");
        }

        var summary = JsonFile.ReadSummary(summaryPath);
        // A run that did not start sent nothing: say so, rather than that it was recorded without an archive.
        if (!summary.Started)
        {
            throw new BadInputException(
                $"Run {name}: the run in {directory} did not start ({summary.Headline}), so it has nothing to "
                + "compare. Fix what its summary's problems name and run it again.");
        }

        if (!File.Exists(archivePath))
        {
            throw new BadInputException(
                $"Run {name}: {directory} holds no {HarFields.FileName}; "
                + "the run was made with CONFORMANCE_RECORD=false "
                + "or by a version of the suite that did not record. Run it again to compare it.");
        }

        var checks = summary.Checks
            .Where(c => c.Id is { Length: > 0 })
            .Select(c => new CheckRecord(c.Id, c.Operation ?? "", c.Outcome ?? "", c.Category ?? ""))
            .DistinctBy(c => c.Id)
            .ToList();
        return new RecordedRun(RunHeader.From(directory, summary), checks, HarReader.Read(archivePath));
    }
}
