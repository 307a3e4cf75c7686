namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// Noise is learned from a second run of the reference (A′): a field made to differ between A and A′ (here the
/// error code of missing parameters, by a server with a fault for A′) is noise when B differs there too, while what
/// B alone changes (the list url) still diverges.
/// </summary>
[Category("mutation")]
public sealed class NoiseTests
{
    private static readonly string[] BothFaults = ["/error/code value", "/url value"];
    private static readonly string[] ErrorCode = ["/error/code value"];
    private static readonly string[] ListUrl = ["/url value"];

    [Test]
    public async Task What_differs_between_A_and_A_prime_is_noise_and_the_rest_still_diverges()
    {
        var (a, again, b) = (CompareRuns.CleanAsync(), CompareRuns.FaultedAsync("errors.missing_wrong_code"),
            CompareRuns.FaultedAsync("errors.missing_wrong_code", "list.url_wrong"));

        var withNoise = ComparisonResult.Run(await a, await b, "--noise", await again);
        var without = ComparisonResult.Run(await a, await b);

        Assert.Multiple(() =>
        {
            Assert.That(without.DivergentFields, Is.EquivalentTo(BothFaults), without.Describe());
            Assert.That(withNoise.NoiseFields, Is.EquivalentTo(ErrorCode), withNoise.Describe());
            Assert.That(withNoise.DivergentFields, Is.EquivalentTo(ListUrl), withNoise.Describe());
            Assert.That(withNoise.ExitCode, Is.EqualTo(1));
            Assert.That(withNoise.Markdown, Does.Contain("## Noise").And.Contain("noise (A′)"));
        });
    }

    [Test]
    public async Task A_divergence_that_is_all_noise_passes()
    {
        var (a, again) = (CompareRuns.CleanAsync(), CompareRuns.FaultedAsync("errors.missing_wrong_code"));

        var comparison = ComparisonResult.Run(await a, await again, "--noise", await again);

        Assert.Multiple(() =>
        {
            Assert.That(comparison.ExitCode, Is.Zero, comparison.Describe());
            Assert.That(comparison.NoiseFields, Does.Contain("/error/code value"));
        });
    }
}
