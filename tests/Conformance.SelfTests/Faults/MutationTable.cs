using System.Globalization;
using System.Text;
using CreditGrantConformance.ReferenceServer.Faults;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>The mutation score: each fault of the catalogue and the checks that caught it.</summary>
internal static class MutationTable
{
    public static string Render(FaultRuns.Results results)
    {
        var caught = FaultCatalogue.All.Count(f => results.Faulted[f.Name].FailedChecks.Count > 0);
        var text = new StringBuilder();
        text.AppendLine(
                CultureInfo.InvariantCulture,
                $"# Mutation score: {caught}/{FaultCatalogue.All.Count} faults caught")
            .AppendLine();
        text.AppendLine("| fault | operation | aspect | caught by |").AppendLine("| --- | --- | --- | --- |");
        foreach (var fault in FaultCatalogue.All)
        {
            var checks = results.Faulted[fault.Name].FailedChecks;
            var caughtBy = checks.Count == 0 ? "**NOT CAUGHT**" : string.Join(", ", checks);
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {fault.Name} | {fault.Operation} | {fault.Aspect} | {caughtBy} |");
        }

        return text.ToString();
    }
}
