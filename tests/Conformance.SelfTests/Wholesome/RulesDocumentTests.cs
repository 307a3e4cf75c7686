using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// The rules stand on their own, in seconds: every documented rule has a check, every check a rule and a fault that
/// proves it can fail, and docs/rules.md says so as it is. (The mutation run proves the fault matrix true.)
/// </summary>
public sealed class RulesDocumentTests
{
    private const string Guide = "See CONTRIBUTING.md, \"Adding a check\": "
        + "every check needs a rule in fixtures/rules.json and a fault of the reference server that fails it; "
        + "tests/Conformance.SelfTests/Faults/fault-matrix.json records which, written by the mutation run "
        + "(dotnet test tests/Conformance.SelfTests --filter \"FullyQualifiedName~FaultDetectionTests\" writes "
        + "fault-matrix.received.json: review it and rename it to fault-matrix.json).";

    private const string FaultGuide = "See CONTRIBUTING.md, \"Adding a fault\": add one to "
        + "src/CreditGrantConformance.ReferenceServer/Faults/FaultCatalogue.cs at a seam (DisableRule, SwapLimit, "
        + "MutateGrants, ...) that breaks what the check is named for and little else, then run the mutation run and "
        + "accept the derived fault-matrix.json.";

    private static readonly string Committed = Path.Combine(RepositoryLocator.FindRoot(), "docs", "rules.md");

    [Test]
    public void Every_rule_has_a_check_and_every_check_a_rule()
    {
        var rules = RuleCatalogue.Load();
        var checks = SuiteTree.Checks;

        Assert.Multiple(() =>
        {
            Assert.That(
                rules.Where(r => !checks.Any(c => rules.Judging(c.Id).Contains(r))).Select(r => r.Id),
                Is.Empty,
                "rules no check judges. " + Guide);
            Assert.That(
                checks.Where(c => rules.Judging(c.Id).Count == 0).Select(c => c.Id),
                Is.Empty,
                "checks of no rule. " + Guide);
            Assert.That(rules.Select(r => r.Id), Is.Unique);
        });
    }

    [Test]
    public void Every_check_has_one_rule_and_shares_its_provenance()
    {
        // A check judged under two rules, or under a rule of another provenance, tells two stories: docs/rules.md
        // would list a spec check under an assumption, or an observation under the spec.
        var rules = RuleCatalogue.Load();
        var mismatched = SuiteTree.Checks
            .Select(c => (Check: c, Rules: rules.Judging(c.Id)))
            .Where(j => j.Rules.Count > 1 || j.Rules.Any(r => r.Provenance != j.Check.Provenance.Name()))
            .Select(j => $"{j.Check.Id} ({j.Check.Provenance.Name()}): "
                + string.Join(", ", j.Rules.Select(r => $"{r.Id} ({r.Provenance})")));

        Assert.That(
            mismatched,
            Is.Empty,
            "checks judged by more than one rule, or by a rule of another provenance: name the check in the one rule "
            + "of its provenance in fixtures/rules.json (a name there takes it out of a broader pattern), or correct "
            + "the check's provenance. " + Guide);
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
    public void Every_check_that_can_fail_has_a_narrow_fault()
    {
        // Assumed checks only observe (they fail a run only at strictness "assumed"): a broad fault is proof enough.
        var narrow = FaultMatrix.NarrowByCheck(FaultMatrix.Load());
        var lacking = SuiteTree.Checks
            .Where(c => c.Provenance != Provenance.Assumed && !narrow.ContainsKey(c.Id))
            .Select(c => c.Id)
            .ToList();

        Assert.That(
            lacking,
            Is.Empty,
            $"checks that only faults failing more than {FaultMatrix.NarrowLimit} checks prove, so nothing shows "
            + "they catch what they are named for. " + FaultGuide);
    }

    [Test]
    public void The_fault_matrix_names_every_fault_of_the_catalogue_and_only_known_checks()
    {
        var matrix = FaultMatrix.Load();
        var ids = SuiteTree.Checks.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var faults = FaultCatalogue.All.Select(f => f.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(
                faults.Where(f => !matrix.ContainsKey(f)),
                Is.Empty,
                "faults of the catalogue the matrix does not name yet. " + Guide);
            Assert.That(
                matrix.Keys.Where(f => !faults.Contains(f)),
                Is.Empty,
                "faults the matrix names and the catalogue no longer has. " + Guide);
            Assert.That(
                matrix.SelectMany(f => f.Value.Where(c => !ids.Contains(c)).Select(c => $"{f.Key}: {c}")),
                Is.Empty,
                "checks the suite does not have. " + Guide);
            Assert.That(
                matrix.Where(f => f.Value.Count == 0).Select(f => f.Key),
                Is.Empty,
                "faults no check catches: add a check that fails against each, or drop the fault.");
        });
    }

    [Test]
    public void Every_check_id_is_found_where_it_is_defined()
    {
        var found = CheckLocations.Find(RepositoryLocator.FindRoot(), SuiteTree.Checks.Select(c => c.Id));

        Assert.That(
            found.Where(f => !f.Value.Contains(':', StringComparison.Ordinal)).Select(f => f.Key),
            Is.Empty,
            "check ids that no [Check(\"id\", ...)] attribute, no \"id\" of a fixtures/*.json case and no literal of "
            + "tests/Conformance spells, whole or as the part an id is built from (\"create.echoes_\" + key): a search "
            + "for them finds nothing. Spell the id, or the prefix and the key, as literals.");
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
