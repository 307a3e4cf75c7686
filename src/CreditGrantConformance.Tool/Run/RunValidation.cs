using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Gaps;

namespace CreditGrantConformance.Tool.Run;

/// <summary>
/// The settings validated before the run as the run will validate them, known-gap file included: a run that then
/// does not start with valid settings was stopped by its target (exit 3), not by its input (exit 2).
/// </summary>
public sealed record RunValidation(ConformanceSettings? Settings, IReadOnlyList<string> Problems)
{
    public static RunValidation Of(IReadOnlyDictionary<string, string> settings)
    {
        try
        {
            var loaded = SettingsLoader.Load(_ => null, settings.GetValueOrDefault, Directory.GetCurrentDirectory());
            if (loaded.ExpectationsFile is { } file)
            {
                KnownGaps.Load(file, out var problems);
                if (problems.Count > 0)
                {
                    return new RunValidation(null, problems);
                }
            }

            return new RunValidation(loaded, []);
        }
        catch (SettingsException ex)
        {
            return new RunValidation(null, ex.Problems);
        }
    }
}
