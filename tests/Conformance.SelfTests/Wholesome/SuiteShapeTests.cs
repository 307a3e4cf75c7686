using System.Text.RegularExpressions;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Execution;
using CreditGrantConformance.Suite.Requests;

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
        var unmarked = SuiteTree.Tests
            .Where(t => CheckProperties.Of(t) is not { Rule.Length: > 0, Source.Length: > 0, Title.Length: > 0 })
            .Select(t => t.FullName);

        Assert.That(
            unmarked,
            Is.Empty,
            "Mark each test [Check(id, provenance, category, rule, source)], or build its cases with CheckCase.Of.");
    }

    [Test]
    public void Check_ids_are_unique_and_of_the_form_operation_dot_rule()
    {
        var ids = SuiteTree.Checks.Select(c => c.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids.Where(id => !IdForm().IsMatch(id)), Is.Empty);
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

        Assert.That(wrong, Is.Empty);
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
            Is.Empty);
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
    public void Every_invalid_input_case_has_a_unique_id_a_rule_and_a_source()
    {
        var cases = InvalidCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "invalid-inputs.json"));

        Assert.Multiple(() =>
        {
            Assert.That(cases.Select(c => c.Id), Is.Unique);
            Assert.That(
                cases.Where(c => string.IsNullOrWhiteSpace(c.Check.Rule) || string.IsNullOrWhiteSpace(c.Check.Source)),
                Is.Empty);
            Assert.That(cases.Select(c => c.Operation).Distinct(), Is.SubsetOf(ApiOperation.All));
        });
    }

    [GeneratedRegex(@"^[a-z]+(_[a-z]+)*\.[a-z0-9_]+$")]
    private static partial Regex IdForm();

    [GeneratedRegex(@"https://|Stripe OpenAPI spec|ASSUMPTIONS\.md")]
    private static partial Regex PublicSource();
}
