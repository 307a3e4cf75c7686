using System.Globalization;
using CreditGrantConformance.Suite.Checks;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;
using NUnit.Framework.Internal.Commands;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// Makes a method a conformance check. With an id (<c>operation.rule</c>), the category, the provenance of the rule,
/// the rule in a sentence and its public source, and what else the check is (<see cref="RequiresState"/>,
/// <see cref="ListsWholeAccount"/>), the method is one check: the attribute declares its <see cref="CheckInfo"/> and
/// builds its NUnit test (no [Test] needed), named by the id, with the operation, category and provenance as
/// categories and the id as the CheckId trait. Without arguments, beside [TestCaseSource], it marks a data-driven
/// family whose every case is a check of its own, declared by the <see cref="CheckInfo"/> it is built with
/// (<see cref="CheckCase"/>); the family adds no traits, so filters never select a case by another id. Either way the
/// test is wrapped so profile gating, strictness and the known-gap file are applied in one place.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CheckAttribute : NUnitAttribute, ISimpleTestBuilder, IWrapTestMethod, IImplyFixture
{
    private static readonly NUnitTestCaseBuilder Builder = new();

    /// <summary>A data-driven family: every case is a check of its own (<see cref="CheckCase"/>).</summary>
    public CheckAttribute()
    {
    }

    /// <summary>A plain test that is one check.</summary>
    public CheckAttribute(string id, Provenance provenance, string category, string rule, string source)
    {
        Id = id;
        Provenance = provenance;
        Category = category;
        Rule = rule;
        Source = source;
    }

    public string? Id { get; }

    public Provenance Provenance { get; }

    public string Category { get; } = "";

    public string Rule { get; } = "";

    public string Source { get; } = "";

    /// <summary><see cref="CheckInfo.RequiresState"/>: a family's cases say it in their own CheckInfo.</summary>
    public bool RequiresState { get; set; }

    /// <summary><see cref="CheckInfo.ListsWholeAccount"/>: a family's cases say it in their own CheckInfo.</summary>
    public bool ListsWholeAccount { get; set; }

    public TestMethod BuildFrom(IMethodInfo method, Test? suite)
    {
        if (Id is null)
        {
            throw new InvalidOperationException(
                $"{method.Name}: [Check] without an id marks a data-driven family; "
                + "add [TestCaseSource] whose cases are built with CheckCase.Of.");
        }

        var info = new CheckInfo(Id, Title(method.Name), Category, Provenance, Rule, Source)
        {
            RequiresState = RequiresState,
            ListsWholeAccount = ListsWholeAccount,
        };
        var parameters = new TestCaseParameters { TestName = info.DisplayName };
        CheckProperties.Attach(parameters.Properties, info);
        return Builder.BuildTestMethod(method, suite, parameters);
    }

    public TestCommand Wrap(TestCommand command) =>
        Id is null && (RequiresState || ListsWholeAccount)
            ? throw new InvalidOperationException(
                $"{command.Test.FullName}: a data-driven family's cases say whether they need state or list the "
                + "whole account in the CheckInfo each is built with (CheckCase.Of), not on [Check].")
            : new CheckCommand(command);

    // "Create_answers_200_with_a_credit_grant" reads as "create answers 200 with a credit grant".
    private static string Title(string methodName) =>
        methodName.Replace('_', ' ').ToLower(CultureInfo.InvariantCulture);
}
