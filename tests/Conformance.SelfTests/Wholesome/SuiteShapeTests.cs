using System.Text.RegularExpressions;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Execution;
using CreditGrantConformance.Suite.Requests;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// Meta-tests of the suite itself, in the spirit of stripe-dotnet's Wholesome tests: they read the suite as NUnit
/// builds it.
/// </summary>
public sealed partial class SuiteShapeTests
{
    [Test]
    public void Every_test_of_the_suite_is_a_check_with_an_id_provenance_rule_and_source()
    {
        // A case source that throws (a malformed entry of a case file) leaves one unbuilt test for its whole family.
        var unbuilt = SuiteTree.Tests
            .Where(t => t.RunState == RunState.NotRunnable)
            .Select(t => $"{t.FullName}: {t.Properties.Get(PropertyNames.SkipReason)}");
        var unmarked = SuiteTree.Tests
            .Where(t => t.RunState != RunState.NotRunnable)
            .Where(t => CheckProperties.Of(t) is not { Rule.Length: > 0, Source.Length: > 0, Title.Length: > 0 })
            .Select(t => t.FullName);

        Assert.Multiple(() =>
        {
            Assert.That(
                unbuilt,
                Is.Empty,
                "tests NUnit cannot build, so none of their checks run: fix what the reason names (for a case file, "
                + "the entry it points at).");
            Assert.That(
                unmarked,
                Is.Empty,
                "Mark each test [Check(id, provenance, category, rule, source)], "
                + "or build its cases with CheckCase.Of.");
        });
    }

    [Test]
    public void Check_ids_are_unique_and_of_the_form_operation_dot_rule()
    {
        var ids = SuiteTree.Checks.Select(c => c.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(
                ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key),
                Is.Empty,
                "check ids defined more than once: give each check an id of its own.");
            Assert.That(
                ids.Where(id => !IdForm().IsMatch(id)),
                Is.Empty,
                "check ids not of the form operation.rule: the operation's label (or a cross-cutting family such as "
                + "auth), a dot, then lower-case words joined by underscores, e.g. create.rejects_missing_amount.");
            Assert.That(
                ids.Where(id => IdForm().IsMatch(id))
                    .Select(CheckIds.OperationOf)
                    .Distinct(StringComparer.Ordinal)
                    .Where(op => !ApiOperation.All.Any(o => o.Label == op) && !CheckIds.CrossCutting.Contains(op)),
                Is.Empty,
                "check ids whose first part is neither an operation's label (ApiOperation) nor a cross-cutting family "
                + "(CheckIds.CrossCutting): correct its spelling, or add a new family to CheckIds.CrossCutting.");
        });
    }

    [Test]
    public void Every_check_carries_its_own_operation_category_and_provenance_as_traits_and_no_other_operation()
    {
        var operations = SuiteTree.Checks.Select(c => c.Operation).ToHashSet();
        var wrong = SuiteTree.Tests
            .Select(t => (Test: t, Check: CheckProperties.Of(t)!, Categories: SuiteTree.Categories(t)))
            .Where(t => t.Check is not null)
            .Where(t => !t.Categories.Contains(t.Check.Operation)
                || !t.Categories.Contains(t.Check.Category)
                || !t.Categories.Contains(t.Check.Provenance.Name())
                || t.Categories.Any(c => operations.Contains(c) && c != t.Check.Operation && c != t.Check.Category)
                || t.Test.Properties.Get(CheckProperties.Id) as string != t.Check.Id)
            .Select(t => $"{t.Check.Id}: categories {string.Join(", ", t.Categories)}");

        Assert.That(
            wrong,
            Is.Empty,
            "checks whose NUnit traits differ from their [Check] or CheckCase: the check layer writes the operation, "
            + "category, provenance and id from it; remove the [Category] or [Property] that names another operation.");
    }

    [Test]
    public void Every_operation_has_a_fixture_named_after_its_label()
    {
        var fixtures = SuiteTree.Tests.Select(t => t.ClassName ?? "").ToHashSet();

        // test_clock_advance: TestClockAdvanceTests; create: CreateCreditGrantTests.
        Assert.That(
            ApiOperation.All
                .Where(op => !fixtures.Any(f => f.Split('.')[^1].StartsWith(
                    op.Label.Replace("_", "", StringComparison.Ordinal),
                    StringComparison.OrdinalIgnoreCase)))
                .Select(op => op.Label),
            Is.Empty,
            "operations with no fixture in tests/Conformance: add one whose class is named after the label "
            + "(test_clock_advance: TestClockAdvanceTests). See CONTRIBUTING.md, \"Adding an operation\".");
    }

    [Test]
    public void Rules_and_sources_stand_on_their_own()
    {
        var citing = SuiteTree.Checks
            .Where(c => PrivateNotesTests.CitesPrivateNote(c.Rule + c.Source))
            .Select(c => c.Id);
        var unsourced = SuiteTree.Checks
            .Where(c => !PublicSource().IsMatch(c.Source))
            .Select(c => $"{c.Id}: {c.Source}");

        Assert.Multiple(() =>
        {
            Assert.That(citing, Is.Empty, "rules that cite sections of notes outside the repository");
            Assert.That(
                unsourced,
                Is.Empty,
                "sources that are neither a public address, Stripe's OpenAPI spec nor the repository's ASSUMPTIONS.md");
        });
    }

    [Test]
    public void Every_rule_of_rules_json_has_a_provenance_and_a_public_source()
    {
        // The checks' sources are held above; a rule of fixtures/rules.json is what docs/rules.md shows first.
        var provenances = Enum.GetValues<Provenance>().Select(p => p.Name()).ToList();
        var rules = RuleCatalogue.Load();

        Assert.Multiple(() =>
        {
            Assert.That(
                rules.Where(r => !provenances.Contains(r.Provenance)).Select(r => $"{r.Id}: {r.Provenance}"),
                Is.Empty,
                $"fixtures/rules.json: rules whose provenance is not one of {string.Join(", ", provenances)}.");
            Assert.That(
                rules.Where(r => !PublicSource().IsMatch(r.Source)).Select(r => $"{r.Id}: {r.Source}"),
                Is.Empty,
                "fixtures/rules.json: rules whose source is neither a public address (https://...), the Stripe OpenAPI "
                + "spec nor the repository's ASSUMPTIONS.md. Cite where a reader can check the rule.");
            Assert.That(
                rules
                    .Where(r => r.Provenance == Provenance.Assumed.Name()
                        && !r.Source.Contains("ASSUMPTIONS.md", StringComparison.Ordinal))
                    .Select(r => r.Id),
                Is.Empty,
                "fixtures/rules.json: assumed rules whose source does not name "
                + "src/CreditGrantConformance.ReferenceServer/ASSUMPTIONS.md, where the server's choice is explained.");
        });
    }

    [Test]
    public void Every_invalid_input_case_has_a_unique_id_a_rule_and_a_source()
    {
        var cases = InvalidCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "invalid-inputs.json"));

        Assert.Multiple(() =>
        {
            Assert.That(
                cases.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key),
                Is.Empty,
                "fixtures/invalid-inputs.json: ids of more than one case; give each case an id of its own.");
            Assert.That(
                cases.Where(c => string.IsNullOrWhiteSpace(c.Check.Rule) || string.IsNullOrWhiteSpace(c.Check.Source))
                    .Select(c => c.Id),
                Is.Empty,
                "fixtures/invalid-inputs.json: cases with a blank \"rule\" or \"source\"; say the rule in a sentence "
                + "and cite its public source.");
            Assert.That(cases.Select(c => c.Operation).Distinct(), Is.SubsetOf(ApiOperation.All));
        });
    }

    [GeneratedRegex(@"^[a-z]+(_[a-z]+)*\.[a-z0-9_]+$")]
    private static partial Regex IdForm();

    [GeneratedRegex(@"https://|Stripe OpenAPI spec|ASSUMPTIONS\.md")]
    private static partial Regex PublicSource();
}
