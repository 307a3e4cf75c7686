namespace CreditGrantConformance.Suite.Configuration;

/// <summary>The configuration cannot be run; the message lists every problem and how to fix it.</summary>
public sealed class SettingsException(IReadOnlyList<string> problems)
    : Exception("The conformance run was stopped before any request because its settings are invalid:"
        + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
