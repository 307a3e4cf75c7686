using System.Text.Json.Serialization;

namespace CreditGrantConformance.Results.Comparison;

/// <summary>
/// The comparison's JSON report (<c>compare --json path</c>), typed: the verdict, the two runs (and the noise run),
/// totals, each operation's line and every check with news. The comparison writes it and the self-tests read it, both
/// through <see cref="ComparisonFile"/>; names are snake_case on disk.
/// </summary>
public sealed record ComparisonDocument
{
    /// <summary><c>diverges</c> or <c>same</c>.</summary>
    public string Verdict { get; init; } = "";

    public string Headline { get; init; } = "";

    public ComparedRun A { get; init; } = new();

    public ComparedRun B { get; init; } = new();

    /// <summary>The second run of the reference (<c>--noise</c>); null, and written as null, without one.</summary>
    public ComparedRun? NoiseRun { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public ComparisonTotals Totals { get; init; } = new();

    public IReadOnlyList<OperationComparison> ByOperation { get; init; } = [];

    /// <summary>The checks with news: a divergence, a known divergence, noise, or a run that lacks them.</summary>
    public IReadOnlyList<ComparedCheck> Checks { get; init; } = [];
}

/// <summary>The conditions a compared run ran under, from its summary.</summary>
public sealed record ComparedRun
{
    public string Directory { get; init; } = "";

    public string RunId { get; init; } = "";

    public string Target { get; init; } = "";

    public string Profile { get; init; } = "";

    public int Seed { get; init; }

    public int PropertyCases { get; init; }

    public string? ApiVersion { get; init; }
}

/// <summary>The comparison in numbers.</summary>
public sealed record ComparisonTotals
{
    public int ChecksCompared { get; init; }

    public int ChecksDiverging { get; init; }

    public int FieldsDiverging { get; init; }

    public int Divergences { get; init; }

    public int Known { get; init; }

    public int Noise { get; init; }

    public int NotPaired { get; init; }
}

/// <summary>One line of the verdict: an operation's checks compared and what diverges among them.</summary>
public sealed record OperationComparison
{
    public string Operation { get; init; } = "";

    public int ChecksCompared { get; init; }

    public int ChecksDiverging { get; init; }

    public int FieldsDiverging { get; init; }

    public int Known { get; init; }

    public int Noise { get; init; }
}

/// <summary>
/// One check compared: its outcome and requests in each run, how many exchanges were paired, the run it ran in alone
/// (<c>A</c> or <c>B</c>, else null) and its divergences sorted into those that count, known ones and noise.
/// </summary>
public sealed record ComparedCheck
{
    public string Id { get; init; } = "";

    public string Operation { get; init; } = "";

    public string? OutcomeA { get; init; }

    public string? OutcomeB { get; init; }

    public int RequestsA { get; init; }

    public int RequestsB { get; init; }

    public int Paired { get; init; }

    public string? OnlyIn { get; init; }

    public IReadOnlyList<DivergenceItem> Divergences { get; init; } = [];

    public IReadOnlyList<DivergenceItem> Known { get; init; } = [];

    public IReadOnlyList<DivergenceItem> Noise { get; init; } = [];
}

/// <summary>
/// One place where run B answered differently from run A: the exchange (1-based in its check, null for the check as a
/// whole), its request, the JSON pointer (or pseudo-path <c>outcome</c>, <c>requests</c>, <c>status</c>, …), the field
/// (array positions and metadata keys as '*'), the kind, both values, and for a known divergence the entry's reason.
/// </summary>
public sealed record DivergenceItem
{
    /// <summary>The kinds that concern the check as a whole, not a field of its answers.</summary>
    public static readonly IReadOnlySet<string> CheckLevelKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "outcome", "requests",
    };

    public int? Exchange { get; init; }

    public string Request { get; init; } = "";

    public string Path { get; init; } = "";

    public string Field { get; init; } = "";

    /// <summary><c>outcome</c>, <c>requests</c>, <c>status</c>, <c>content_type</c>, <c>missing</c>, …</summary>
    public string Kind { get; init; } = "";

    public string A { get; init; } = "";

    public string B { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>Whether this is a field of the answers rather than the check's outcome or requests.</summary>
    [JsonIgnore]
    public bool IsField => !CheckLevelKinds.Contains(Kind);
}
