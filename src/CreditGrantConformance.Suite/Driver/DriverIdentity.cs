using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Driver;

/// <summary>
/// What an SDK driver's greeting says about it, and the API versions its SDK sent. The API-version policy of SDK mode
/// (docs/driver-protocol.md) lives here: with STRIPE_VERSION set the SDK must send it, and a driver whose SDK pins
/// another version it cannot change stops the run before any request; unset, the SDK's own version is expected (the
/// one the greeting declares, if any), recorded and reported.
/// </summary>
public sealed class DriverIdentity
{
    private readonly ConcurrentDictionary<string, bool> sent = new(StringComparer.Ordinal);

    private DriverIdentity(JsonObject greeting)
    {
        Name = Text(greeting, "driver") ?? "(unnamed driver)";
        Sdk = Text(greeting, "sdk") ?? "(unnamed SDK)";
        SdkVersion = Text(greeting, "sdk_version") ?? "?";
        ApiVersion = Text(greeting, "api_version");
        ApiVersionSettable = greeting["api_version_settable"] is not JsonValue settable
            || !settable.TryGetValue<bool>(out var value)
            || value;
    }

    public string Name { get; }

    public string Sdk { get; }

    public string SdkVersion { get; }

    /// <summary>
    /// The version the SDK sends when the run sets none, as its greeting declares; null when it declares none.
    /// </summary>
    public string? ApiVersion { get; }

    /// <summary>
    /// False when the SDK can send no other version than <see cref="ApiVersion"/> (typed SDKs pin theirs).
    /// </summary>
    public bool ApiVersionSettable { get; }

    /// <summary>Every distinct Stripe-Version header the SDK's requests carried, in order.</summary>
    public IReadOnlyList<string> ApiVersionsSent => [.. sent.Keys.Order(StringComparer.Ordinal)];

    public string Description => $"{Name} ({Sdk} {SdkVersion})";

    /// <summary>One line for the console table's header.</summary>
    public string Headline =>
        $"driver {Description}, API version sent: "
        + $"{(ApiVersionsSent.Count == 0 ? "none" : string.Join(", ", ApiVersionsSent))}";

    public static DriverIdentity FromGreeting(JsonObject greeting) => new(greeting);

    /// <summary>
    /// Stops the run, before any request, when STRIPE_VERSION asks for a version the SDK cannot send.
    /// </summary>
    public void Enforce(string? stripeVersion)
    {
        if (stripeVersion is not null && !ApiVersionSettable && stripeVersion != ApiVersion)
        {
            throw new SettingsException([
                $"{SettingNames.StripeVersion}={stripeVersion}, but the SDK driver {Description} "
                + $"pins API version {ApiVersion ?? "(undeclared)"} "
                + "and cannot send another (its greeting says api_version_settable: false). "
                + $"Unset {SettingNames.StripeVersion} to run under the SDK's own version (the summary records it), "
                + $"set it to {ApiVersion}, "
                + "or use a release of the SDK built for the version you need.",
            ]);
        }
    }

    /// <summary>The version the SDK pins (it can send no other), or null when it can send any.</summary>
    public string? PinnedVersion => ApiVersionSettable ? null : ApiVersion;

    /// <summary>
    /// The Stripe-Version the wire check expects: STRIPE_VERSION, else the declared one; null accepts any.
    /// </summary>
    public string? ExpectedVersion(string? stripeVersion) => stripeVersion ?? ApiVersion;

    public void Saw(string? version)
    {
        if (!string.IsNullOrEmpty(version))
        {
            sent.TryAdd(version, true);
        }
    }

    public SummaryDriver ToSummary() => new(Name, Sdk, SdkVersion, ApiVersion, ApiVersionSettable, ApiVersionsSent);

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
