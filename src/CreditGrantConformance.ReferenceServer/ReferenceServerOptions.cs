using CreditGrantConformance.ReferenceServer.Faults;

namespace CreditGrantConformance.ReferenceServer;

public sealed record ReferenceServerOptions
{
    /// <summary>Names from <see cref="FaultCatalogue"/>; an unknown name stops the server from starting.</summary>
    public IReadOnlySet<string> Faults { get; init; } = new HashSet<string>();

    /// <summary>
    /// The keys this server knows, like the keys of a Stripe account: any other key is answered 401. Empty: every
    /// well-formed test key is accepted (handy for SDK authors; then no key is "invalid").
    /// </summary>
    public IReadOnlySet<string> ApiKeys { get; init; } = new HashSet<string>();

    /// <summary>Share of requests (0 to 1) that chaos mode disturbs; 0 turns it off.</summary>
    public double ChaosRate { get; init; }

    public int ChaosSeed { get; init; } = 1;

    /// <summary>
    /// Keep every received request in <see cref="Infrastructure.RequestLog"/> (the suite's SDK mode reads it).
    /// </summary>
    public bool RecordRequests { get; init; }

    /// <summary>
    /// The lenient variant (<c>--lenient</c>): where Stripe leaves behaviour open (rules of provenance assumed,
    /// ASSUMPTIONS.md) it accepts, or answers 200 unchanged, and orders same-second grants by id. Documented behaviour
    /// is unchanged.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>
    /// How long a test clock reads as advancing before it is ready at its target: Stripe advances asynchronously; a
    /// short moment keeps the suite fast (it looks first after 50 ms on this machine: Polling.FirstLook).
    /// </summary>
    public TimeSpan ClockAdvanceDuration { get; init; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// The opaque variant (<c>--opaque-variant</c>): other id and Request-Id formats, reworded messages, another
    /// order of properties and a new property, all of which Stripe may change without notice
    /// (<see cref="Infrastructure.OpaqueStrings"/>). Behaviour is unchanged.
    /// </summary>
    public bool OpaqueVariant { get; init; }

    /// <summary>Echoed as Stripe-Version when a request sends none (the OpenAPI excerpt's info.version).</summary>
    public string DefaultApiVersion { get; init; } = "2026-07-29.dahlia";
}
