using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// The checks whose rule holds only from an API version on (docs/versions.md), each with the changelog entry that says
/// so: under an earlier version they are not applicable, never judged. Rules that differ between versions in what a
/// target must answer (not only in whether they exist) are judged under each version by what the version says.
/// </summary>
public static class VersionScopes
{
    private const string Changelog = "https://docs.stripe.com/changelog/";

    private static readonly Scope[] Scopes =
    [
        // Priority and a scope of prices were added to credit grants in 2025-02-24.acacia: before it a grant has no
        // priority field and a request sending either is refused as an unknown parameter.
        new(
            ApiVersions.PriorityAndPrices,
            Changelog + "acacia/2025-02-24/billing-credits-priority",
            [
                "create.minimal_echoes_request_with_defaults", "create.echoes_priority", "create.accepts_priority_0",
                "create.accepts_priority_100", "create.rejects_non_integer_priority",
                "create.rejects_priority_above_100", "create.rejects_negative_priority",
                "property.valid_create_round_trips", "property.invalid_create_names_the_broken_place",
                "property.lifecycle_matches_the_model", "create.accepts_every_limit_at_once",
            ]),
        new(
            ApiVersions.PriorityAndPrices,
            Changelog + "acacia/2025-02-24/billing-credits-price-level-applicability",
            [
                "create.echoes_prices_scope", "create.rejects_price_type_with_prices",
                "create.accepts_every_limit_at_once_scoped_to_prices",
            ]),
    ];

    /// <summary>Why a check is not applicable under <paramref name="apiVersion"/>, or null when it is.</summary>
    public static string? NotApplicable(string checkId, string apiVersion) =>
        Scopes.FirstOrDefault(s => s.Checks.Contains(checkId) && !ApiVersions.IsAtLeast(apiVersion, s.Since)) is { } s
            ? $"{checkId} judges a rule that holds from API version {s.Since} ({s.Source}); "
                + $"this run is under {apiVersion}."
            : null;

    /// <summary>Every version-scoped check and the version its rule holds from (docs/versions.md lists them).</summary>
    public static IEnumerable<(string Check, string Since, string Source)> All =>
        Scopes.SelectMany(s => s.Checks.Select(c => (c, s.Since, s.Source)));

    private sealed record Scope(string Since, string Source, string[] Checks);
}
