namespace CreditGrantConformance.Tool;

/// <summary>A command cannot go on: the message is printed as one line and the tool exits with the code.</summary>
public sealed class ToolException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
