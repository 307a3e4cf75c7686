using System.Diagnostics;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Http;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace CreditGrantConformance.Suite.Checks;

/// <summary>Runs one check and turns NUnit's result into the suite's outcome and disposition.</summary>
internal sealed class CheckCommand(TestCommand inner, CheckAttribute attribute) : DelegatingTestCommand(inner)
{
    public override TestResult Execute(TestExecutionContext context)
    {
        var run = ConformanceRun.Current;
        var info = Describe(context.CurrentTest);
        if (info.RequiresState && run.Settings.Profile == Profile.Stateless)
        {
            context.CurrentResult.SetResult(ResultState.Ignored, $"Not applicable: {info.Id} needs a stateful target and the profile is stateless.");
            run.Results.Add(new CheckResult(info, Outcome.NotApplicable, Disposition.Counted, context.CurrentResult.Message, [], [], TimeSpan.Zero));
            return context.CurrentResult;
        }

        var clock = Stopwatch.StartNew();
        using var scope = ExchangeRecorder.Begin(info);
        try
        {
            context.CurrentResult = innerCommand.Execute(context);
        }
        catch (Exception ex)
        {
            context.CurrentResult.RecordException(ex);
        }

        var result = Verdicts.Decide(info, context.CurrentResult, run);
        run.Results.Add(result with { Observations = scope.Observations, RequestIds = scope.RequestIds, Duration = clock.Elapsed });
        return context.CurrentResult;
    }

    private CheckInfo Describe(Test test)
    {
        var id = test.Properties.Get(CheckAttribute.IdProperty) as string ?? attribute.Id;
        // Cases of one [TestCase] method share the attribute's id: their arguments keep each case's id unique.
        if (id == attribute.Id && test.Arguments.Length > 0)
        {
            id += "[" + string.Join(",", test.Arguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture))) + "]";
        }

        var provenance = test.Properties.Get(CheckAttribute.ProvenanceProperty) is string p
            ? Enum.Parse<Provenance>(p, ignoreCase: true)
            : attribute.Provenance;
        var rule = test.Properties.Get(CheckAttribute.RuleProperty) as string ?? attribute.Rule;
        var requiresState = false;
        for (ITest? node = test; node is not null; node = node.Parent)
        {
            requiresState |= node.Properties.ContainsKey(RequiresStateAttribute.Name);
        }

        return new CheckInfo(id, CheckIds.OperationOf(id), attribute.Category, provenance, rule, requiresState);
    }
}
