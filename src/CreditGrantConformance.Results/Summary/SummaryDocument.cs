using System.Text.Json.Serialization;

namespace CreditGrantConformance.Results.Summary;

/// <summary>
/// <c>conformance-summary.json</c>, typed: the run in the one vocabulary of outcomes (README, "Results"). The suite
/// writes it and the comparison, the tool and the self-tests read it, all through <see cref="SummaryFile"/>; names are
/// snake_case on disk. A run that did not start has only its verdict (<c>not_started</c>), headline, finish time,
/// problems and no checks: what it lacks is null here and left out of its file.
/// </summary>
public sealed record SummaryDocument
{
    public const string NotStarted = "not_started";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RunId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DurationSeconds { get; init; }

    /// <summary><c>pass</c>, <c>fail</c> or <see cref="NotStarted"/>.</summary>
    public string Verdict { get; init; } = "";

    public string Headline { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SummaryTarget? Target { get; init; }

    public SummaryDriver? Driver { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Profile { get; init; }

    public string? ApiVersion { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Strictness { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Seed { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PropertyCases { get; init; }

    public string? KnownGapFile { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? UnusedKnownGaps { get; init; }

    /// <summary>Every outcome of the vocabulary by name, zero or not, then <c>total</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, int>? Totals { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RunnerTotals? RunnerTotals { get; init; }

    /// <summary>What a run that did not start must have fixed; null for a run that started.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Problems { get; init; }

    public IReadOnlyList<CheckSummary> Checks { get; init; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SummaryRequests? Requests { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SummaryLiveBudget? LiveBudget { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SummaryCleanup? Cleanup { get; init; }

    [JsonIgnore]
    public bool Started => Verdict != NotStarted;
}

public sealed record SummaryTarget(string Name, string Url);

/// <summary>What NUnit, TRX and Allure count: the same checks in the three buckets they know.</summary>
public sealed record RunnerTotals(int Passed, int Failed, int Skipped);
