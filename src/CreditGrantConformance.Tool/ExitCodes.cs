namespace CreditGrantConformance.Tool;

/// <summary>The tool's exit codes, the same for every command (docs/tool.md, "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>The run passed (compare: nothing diverges; sweep: everything cleaned).</summary>
    public const int Pass = 0;

    /// <summary>The run failed (compare: something diverges; sweep: something could not be cleaned).</summary>
    public const int Fail = 1;

    /// <summary>Bad input: an unknown option, an invalid setting, a missing file.</summary>
    public const int BadInput = 2;

    /// <summary>Not started: the target did not answer or refused the key, or the server could not listen.</summary>
    public const int NotStarted = 3;
}
