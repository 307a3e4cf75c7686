using System.Globalization;
using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.Compare.Runs;

/// <summary>What a run's summary says about the conditions it ran under: pairing holds only when they match.</summary>
public sealed record RunHeader(
    string Directory,
    string RunId,
    string Target,
    string Profile,
    int Seed,
    int PropertyCases,
    string? ApiVersion,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt)
{
    public static RunHeader From(string directory, SummaryDocument summary) => new(
        directory,
        summary.RunId ?? "(no run id)",
        $"{summary.Target?.Name} ({summary.Target?.Url})",
        summary.Profile ?? "",
        summary.Seed ?? 0,
        summary.PropertyCases ?? 0,
        summary.ApiVersion,
        summary.StartedAt ?? DateTimeOffset.MinValue,
        summary.FinishedAt ?? DateTimeOffset.MinValue);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{RunId} against {Target}, seed {Seed}, profile {Profile}, {PropertyCases} cases per property, "
        + $"API version {ApiVersion ?? "(the account's default)"}, started {StartedAt:yyyy-MM-dd HH:mm:ss}Z");

    /// <summary>The differences of conditions that make two runs send different requests.</summary>
    public IEnumerable<string> Mismatches(RunHeader other, string name)
    {
        if (Seed != other.Seed)
        {
            yield return $"{name} ran with seed {other.Seed}, A with {Seed}: "
                + "generated cases differ, property checks cannot be paired.";
        }

        if (Profile != other.Profile)
        {
            yield return $"{name} ran the {other.Profile} profile, A the {Profile} profile: "
                + "checks run different requests.";
        }

        if (PropertyCases != other.PropertyCases)
        {
            yield return $"{name} ran {other.PropertyCases} cases per property, A {PropertyCases}: "
                + "property checks cannot be paired.";
        }
    }
}
