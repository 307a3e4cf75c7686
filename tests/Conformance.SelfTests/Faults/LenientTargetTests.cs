using CreditGrantConformance.ReferenceServer;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// No failure that Stripe's documented behaviour does not justify: a target that differs from the reference server
/// only where Stripe leaves behaviour open (the lenient variant accepts every assumed-invalid input, orders same-second
/// ties by id, words errors its own way) passes the default run with no failure, its leniency reported as
/// observations.
/// </summary>
public sealed class LenientTargetTests
{
    [Test]
    public async Task A_lenient_but_faithful_target_passes_with_its_leniency_reported_as_observations()
    {
        var run = await FaultRuns.RunAllowedVariantAsync(new ReferenceServerOptions { Lenient = true }, "lenient");
        var observations = run.IdsWith("observation");

        Assert.Multiple(() =>
        {
            Assert.That(
                observations,
                Is.Not.Empty,
                "the lenient target breaks assumed rules: they must show as observations");
            Assert.That(
                run.ChecksWith("observation").Select(c => c.Provenance),
                Is.All.EqualTo("assumed"));
        });
    }
}
