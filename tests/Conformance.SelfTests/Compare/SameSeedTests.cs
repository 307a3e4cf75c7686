namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// Two runs against the clean reference server with the same seed: ids, times and request ids differ, nothing else.
/// </summary>
[Category("mutation")]
public sealed class SameSeedTests
{
    [Test]
    public async Task Two_clean_runs_with_the_same_seed_compare_with_no_divergence()
    {
        var (a, b) = (CompareRuns.CleanAsync(), CompareRuns.CleanAgainAsync());

        var comparison = ComparisonResult.Run(await a, await b);

        Assert.Multiple(() =>
        {
            Assert.That(comparison.ExitCode, Is.Zero, comparison.Describe());
            Assert.That(comparison.Report?.Verdict, Is.EqualTo("same"));
            Assert.That(comparison.Report?.Totals.ChecksCompared, Is.GreaterThan(100));
            Assert.That(comparison.Report?.Totals.Divergences, Is.Zero);
            Assert.That(comparison.Report?.Totals.NotPaired, Is.Zero);
            Assert.That(comparison.Report?.Warnings, Is.Empty);
            Assert.That(comparison.Markdown, Does.StartWith("# Run comparison: nothing diverges"));
        });
    }
}
