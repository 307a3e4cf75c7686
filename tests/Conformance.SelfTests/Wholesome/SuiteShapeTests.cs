using System.Reflection;
using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>Meta-tests of the suite itself, in the spirit of stripe-dotnet's Wholesome tests.</summary>
public sealed class SuiteShapeTests
{
    private static readonly Lazy<IReadOnlyList<MethodInfo>> TestMethods = new(() => Assembly.LoadFrom(SuiteProcess.ConformanceAssembly())
        .GetTypes()
        .SelectMany(t => t.GetMethods())
        .Where(m => m.GetCustomAttributes().Any(a => a is TestAttribute or TestCaseAttribute or TestCaseSourceAttribute))
        .ToList());

    [Test]
    public void Every_test_of_the_suite_is_a_check_with_an_id_provenance_and_rule()
    {
        var unmarked = TestMethods.Value.Where(m => m.GetCustomAttribute<CheckAttribute>() is not { Rule.Length: > 0 }).Select(m => m.DeclaringType!.Name + "." + m.Name);

        Assert.That(unmarked, Is.Empty);
    }

    [Test]
    public void Every_operation_has_a_fixture_named_after_it()
    {
        var fixtures = TestMethods.Value.Select(m => m.DeclaringType!.Name).ToHashSet();

        Assert.That(Operations.CreditGrant.Where(op => !fixtures.Any(f => f.StartsWith(op, StringComparison.OrdinalIgnoreCase))), Is.Empty);
    }

    [Test]
    public async Task Check_ids_are_unique_and_follow_the_operation_rule_form()
    {
        var ids = (await FaultRuns.GetAsync()).Clean.Checks.Select(c => c["id"]!.ToString()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids.Where(id => !System.Text.RegularExpressions.Regex.IsMatch(id, @"^[a-z]+\.[a-z0-9_]+(\[.*\])?$")), Is.Empty);
        });
    }

    [Test]
    public void Every_invalid_input_case_has_a_unique_id_and_a_rule()
    {
        var cases = InvalidCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "invalid-inputs.json"));

        Assert.Multiple(() =>
        {
            Assert.That(cases.Select(c => c.Id), Is.Unique);
            Assert.That(cases.Where(c => string.IsNullOrWhiteSpace(c.Rule)), Is.Empty);
            Assert.That(cases.Select(c => c.Operation).Distinct(), Is.SubsetOf(Operations.CreditGrant));
        });
    }
}
