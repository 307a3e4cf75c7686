using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Tool.Run;

/// <summary>
/// Without <c>--snapshots</c>, a run of the tool reads a copy of the shipped shape snapshots in its results directory:
/// a mismatch's received file lands beside the other results, never in the tool's install folder.
/// </summary>
public static class ShippedSnapshots
{
    public static void CopyUnlessSet(Dictionary<string, string> settings)
    {
        if (settings.ContainsKey(SettingNames.SnapshotsDirectory))
        {
            return;
        }

        var copy = Path.Combine(settings[SettingNames.ResultsDirectory], "snapshots");
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(SuiteContent.Snapshots, "*.verified.json"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        settings[SettingNames.SnapshotsDirectory] = copy;
    }
}
