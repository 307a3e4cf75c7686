namespace CreditGrantConformance.Suite.Configuration;

/// <summary>
/// The run cannot start; the message lists every problem and how to fix it. <see cref="Why"/> says what stopped it in
/// a few words: invalid settings (no request sent) by default, or what the probe of the target found.
/// </summary>
public sealed class SettingsException(IReadOnlyList<string> problems, string? why = null)
    : Exception(
        $"The conformance run did not start: {why ?? InvalidSettings}."
        + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public const string InvalidSettings = "the settings are invalid, no request was sent";

    public IReadOnlyList<string> Problems { get; } = problems;

    public string Why { get; } = why ?? InvalidSettings;

    /// <summary>The verdict line of a run that did not start, as every output gives it.</summary>
    public string Headline => "NOT STARTED: " + Why;
}
