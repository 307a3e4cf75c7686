namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// A run against a faulted server compared with a clean run shows exactly what the fault touches: the fields it
/// changes (and the kind of change), in the checks expected, and nothing else. Every other divergent check is one
/// the fault made fail, so it stopped early or sent other requests.
/// </summary>
[Category("mutation")]
public sealed class FaultDivergenceTests
{
    private static IEnumerable<TestCaseData> Faults()
    {
        yield return Fault("grant.livemode_true", ["/livemode value", "/data/*/livemode value"],
            "create.answers_a_credit_grant", "list.contains_created_grant");
        yield return Fault("grant.created_as_string", ["/created type"], "create.answers_a_credit_grant");
        yield return Fault("list.url_wrong", ["/url value"],
            "list.answers_a_list_object", "list.contains_created_grant");
        yield return Fault("errors.missing_wrong_code", ["/error/code value"],
            "create.rejects_missing_amount", "create.rejects_missing_currency");
        yield return Fault("update.metadata_replaces", ["/metadata/* missing", "/data/*/metadata/* missing"],
            "update.metadata_merges");
        yield return Fault("create.name_not_stored", ["/name type"],
            "create.echoes_name", "property.valid_create_round_trips");
    }

    [OneTimeSetUp]
    public void StartRuns()
    {
        // All at once, so that they run two at a time instead of one after the other.
        _ = CompareRuns.CleanAsync();
        foreach (var fault in Faults().Select(f => (string)f.Arguments[0]!))
        {
            _ = CompareRuns.FaultedAsync(fault);
        }
    }

    [TestCaseSource(nameof(Faults))]
    public async Task A_faulted_run_diverges_from_a_clean_one_exactly_where_the_fault_acts(
        string fault,
        string[] fields,
        string[] checks)
    {
        var comparison = ComparisonResult.Run(await CompareRuns.CleanAsync(), await CompareRuns.FaultedAsync(fault));

        var failedByFault = comparison.Checks
            .Where(c => c.OutcomeA != c.OutcomeB)
            .Select(c => c.Id);
        Assert.Multiple(() =>
        {
            Assert.That(comparison.ExitCode, Is.EqualTo(1), comparison.Describe());
            Assert.That(comparison.DivergentFields, Is.EquivalentTo(fields), comparison.Describe());
            Assert.That(comparison.ChecksDivergingInAnswers, Is.SupersetOf(checks), comparison.Describe());
            Assert.That(comparison.ChecksDivergingOnlyInOutcome, Is.SubsetOf(failedByFault),
                "checks that diverge without a field of the fault must be ones it made fail");
            Assert.That(comparison.NoiseFields, Is.Empty);
            Assert.That(
                comparison.Markdown,
                Does.StartWith("# Run comparison: ").And.Contain("## Verdict").And.Contain(checks[0]));
        });
    }

    private static TestCaseData Fault(string fault, string[] fields, params string[] checks) =>
        new TestCaseData(fault, fields, checks)
            .SetName($"Compared with a clean run, fault {fault} diverges in {string.Join(", ", fields)}");
}
