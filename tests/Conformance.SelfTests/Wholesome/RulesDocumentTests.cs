using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// The rules stand on their own, in seconds: every documented rule has a check, every check a rule and a fault that
/// proves it can fail, and docs/rules.md says so as it is. (The mutation run proves the fault matrix true.)
/// </summary>
public sealed class RulesDocumentTests
{
    private const string Guide = "See CONTRIBUTING.md, \"Adding a check\": "
        + "every check needs a rule in fixtures/rules.json and a fault of the reference server that fails it, "
        + "listed in tests/Conformance.SelfTests/Faults/fault-matrix.json.";

    private static readonly string Committed = Path.Combine(RepositoryLocator.FindRoot(), "docs", "rules.md");

    [Test]
    public void Every_rule_has_a_check_and_every_check_a_rule()
    {
        var rules = RuleCatalogue.Load();
        var checks = SuiteTree.Checks;

        Assert.Multiple(() =>
        {
            Assert.That(
                rules.Where(r => !checks.Any(c => r.Judges(c.Id))).Select(r => r.Id),
                Is.Empty,
                "rules no check judges. " + Guide);
            Assert.That(
                checks.Where(c => !rules.Any(r => r.Judges(c.Id))).Select(c => c.Id),
                Is.Empty,
                "checks of no rule. " + Guide);
            Assert.That(rules.Select(r => r.Id), Is.Unique);
        });
    }

    [Test]
    public void Every_check_has_a_fault_that_proves_it_can_fail()
    {
        var byCheck = FaultMatrix.ByCheck(FaultMatrix.Load());

        Assert.That(
            SuiteTree.Checks.Where(c => !byCheck.ContainsKey(c.Id)).Select(c => c.Id),
            Is.Empty,
            "checks no fault proves. " + Guide);
    }

    [Test]
    public void The_fault_matrix_names_every_fault_of_the_catalogue_and_only_known_checks()
    {
        var matrix = FaultMatrix.Load();
        var ids = SuiteTree.Checks.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(
                FaultCatalogue.All.Select(f => f.Name),
                Is.EquivalentTo(matrix.Keys),
                "faults missing from the matrix, or named there and unknown");
            Assert.That(
                matrix.SelectMany(f => f.Value.Where(c => !ids.Contains(c)).Select(c => $"{f.Key}: {c}")),
                Is.Empty,
                "checks the suite does not have");
            Assert.That(matrix.Where(f => f.Value.Count == 0).Select(f => f.Key), Is.Empty, "faults no check catches");
        });
    }

    [Test]
    public void Docs_rules_md_is_up_to_date()
    {
        var rendered = RulesDocument.Render(RuleCatalogue.Load(), SuiteTree.Checks, FaultMatrix.Load());
        var received = Path.ChangeExtension(Committed, ".received.md");
        var current = File.Exists(Committed) ? File.ReadAllText(Committed) : "";
        if (current == rendered)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, rendered);
        Assert.Fail($"docs/rules.md is out of date; the rendered document is in {received}: "
            + "review it and rename it to docs/rules.md.");
    }
}
