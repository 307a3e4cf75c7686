using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.Results.Allure;

/// <summary>
/// One check as an Allure result: its line of the summary (id, rule, outcome, reason, rerun command), its trace, and
/// what its outcome and provenance read as in Allure's words, which the suite decides in one place.
/// </summary>
public sealed record AllureCheck(CheckSummary Check, CheckTrace Trace)
{
    /// <summary>The result's name: the check id first, so a name read anywhere can be filtered on.</summary>
    public required string Name { get; init; }

    /// <summary>Allure's status: passed, failed, broken or skipped.</summary>
    public required string Status { get; init; }

    /// <summary>Allure's severity: critical, normal or minor.</summary>
    public required string Severity { get; init; }

    /// <summary>The status message, outcome and check id first (categories match on them); null for a pass.</summary>
    public string? Message { get; init; }

    /// <summary>What the steps of the failing exchanges say: the first line of the reason.</summary>
    public string Headline { get; init; } = "";

    /// <summary>A plain pass: no outcome tag and no reason attached.</summary>
    public bool Passed { get; init; }
}
