using CreditGrantConformance.ReferenceServer;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// No failure on what Stripe may change without a new API version (https://docs.stripe.com/upgrades): a target that
/// answers other id prefixes (ids of 255 characters), another Request-Id format, reworded messages, another order of
/// properties, a new property on every object and a longer list url passes the default run, each change it shows
/// reported as an observation.
/// </summary>
public sealed class OpaqueVariantTests
{
    private static readonly string[] Observed =
    [
        "create.minimal_echoes_request_with_defaults",
        "headers.request_id_on_every_response",
        "create.shape_matches_snapshot",
        "list.shape_matches_snapshot",
        "errors.shape_matches_snapshot",
    ];

    [Test]
    public async Task A_target_differing_only_in_opaque_strings_passes_with_the_differences_as_observations()
    {
        var run = await FaultRuns.RunAllowedVariantAsync(
            new ReferenceServerOptions { OpaqueVariant = true }, "opaque-variant");
        var observations = run.IdsWith("observation");

        Assert.Multiple(() =>
        {
            Assert.That(
                observations,
                Is.SupersetOf(Observed),
                "the id prefix, the Request-Id format and the new property must each show as an observation");
        });
    }
}
