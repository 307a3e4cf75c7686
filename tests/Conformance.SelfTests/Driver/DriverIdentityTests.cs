using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Driver;

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>The API-version policy of SDK mode, from a driver's greeting (docs/driver-protocol.md).</summary>
public sealed class DriverIdentityTests
{
    private const string Pinned = "2026-10-28.endive";
    private const string Other = "2026-07-29.dahlia";

    [Test]
    public void A_pinned_sdk_stops_a_run_that_asks_for_another_version()
    {
        var identity = Greeting(settable: false);

        var stop = Assert.Throws<SettingsException>(() => identity.Enforce(Other));

        Assert.That(
            stop!.Message,
            Does.Contain("no request was sent")
                .And.Contain($"pins API version {Pinned}")
                .And.Contain("Unset STRIPE_VERSION"));
    }

    [TestCase(false, null)]
    [TestCase(false, Pinned)]
    [TestCase(true, Other)]
    [TestCase(true, null)]
    public void A_version_the_sdk_can_send_runs(bool settable, string? stripeVersion) =>
        Assert.DoesNotThrow(() => Greeting(settable).Enforce(stripeVersion));

    [Test]
    public void The_wire_check_expects_the_setting_else_the_declared_version_else_any()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Greeting(settable: true).ExpectedVersion(Other), Is.EqualTo(Other));
            Assert.That(Greeting(settable: true).ExpectedVersion(null), Is.EqualTo(Pinned));
            Assert.That(
                DriverIdentity.FromGreeting(new JsonObject { ["driver"] = "d" }).ExpectedVersion(null),
                Is.Null);
        });
    }

    [Test]
    public void The_versions_sent_are_recorded_once_each_for_the_summary()
    {
        var identity = Greeting(settable: false);

        identity.Saw(Pinned);
        identity.Saw(Pinned);
        identity.Saw(null);

        Assert.Multiple(() =>
        {
            Assert.That(identity.ApiVersionsSent, Is.EqualTo(new[] { Pinned }));
            Assert.That(identity.ToSummary().ApiVersionsSent, Is.EqualTo(new[] { Pinned }));
            Assert.That(identity.Headline, Does.Contain("Stripe.net 53.1.0").And.Contain(Pinned));
        });
    }

    private static DriverIdentity Greeting(bool settable) => DriverIdentity.FromGreeting(new JsonObject
    {
        ["driver"] = "stripe-net",
        ["sdk"] = "Stripe.net",
        ["sdk_version"] = "53.1.0",
        ["api_version"] = Pinned,
        ["api_version_settable"] = settable,
    });
}
