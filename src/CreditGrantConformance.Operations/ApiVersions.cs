using System.Globalization;
using System.Text.RegularExpressions;

namespace CreditGrantConformance.Operations;

/// <summary>
/// The Stripe API versions the suite knows (docs/versions.md): the one its expectations are written for
/// (<see cref="Default"/>, the version Stripe.net 53.1.0 pins), the first in which credit grants exist
/// (<see cref="First"/>, changelog 2024-10-28.acacia) and the newest it knows. A version is
/// <c>YYYY-MM-DD.release</c>; its date orders it, and each release name covers the dates from its first version on.
/// </summary>
public static partial class ApiVersions
{
    public const string Default = "2026-10-28.endive";

    public const string First = "2024-10-28.acacia";

    public const string Newest = Default;

    /// <summary>
    /// Changelog 2025-02-24.acacia: a grant's <c>priority</c> and a scope of <c>prices</c> (both added then).
    /// </summary>
    public const string PriorityAndPrices = "2025-02-24.acacia";

    /// <summary>Changelog 2025-10-29.clover: a create's <c>category</c> becomes optional, default paid.</summary>
    public const string OptionalCategory = "2025-10-29.clover";

    // Each release from its first version (Stripe's changelog: acacia, basil, clover, dahlia; endive from the newest
    // version the project knows, which Stripe.net 53.1.0 pins).
    private static readonly (string Name, string From)[] Releases =
    [
        ("acacia", "2024-09-30"), ("basil", "2025-03-31"), ("clover", "2025-09-30"), ("dahlia", "2026-03-25"),
        ("endive", "2026-10-28"),
    ];

    /// <summary>What is wrong with a version for this suite, or null when it is one it can run under.</summary>
    public static string? Problem(string version)
    {
        var range = $"the suite runs under versions from {First} (credit grants appeared) to {Newest}";
        var match = Shape().Match(version);
        if (!match.Success || !DateOnly.TryParseExact(
                match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"'{version}' is not a Stripe API version (YYYY-MM-DD.release, e.g. {Default}); {range}.";
        }

        var date = match.Groups["date"].Value;
        if (string.CompareOrdinal(date, Date(First)) < 0 || string.CompareOrdinal(date, Date(Newest)) > 0)
        {
            return $"'{version}' is outside the versions this suite knows: {range}.";
        }

        var release = ReleaseOf(date);
        return release == match.Groups["release"].Value
            ? null
            : $"'{version}' names release {match.Groups["release"].Value}, but {date} belongs to {release}; {range}.";
    }

    /// <summary>True when <paramref name="version"/> is <paramref name="since"/> or later (ordered by date).</summary>
    public static bool IsAtLeast(string version, string since) =>
        string.CompareOrdinal(Date(version), Date(since)) >= 0;

    private static string Date(string version) => version.Split('.')[0];

    private static string ReleaseOf(string date) =>
        Releases.Last(r => string.CompareOrdinal(date, r.From) >= 0).Name;

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})\.(?<release>[a-z]+)$")]
    private static partial Regex Shape();
}
