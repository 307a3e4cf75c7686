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
            run.Results.Add(new CheckResult(info, Outcome.NotApplicable, Disposition.Counted, context.CurrentResult.Message, [], [], TimeSpan.Zero)
            {
                Trace = Trace(context, DateTimeOffset.UtcNow, [], run),
            });
            return context.CurrentResult;
        }

        var started = DateTimeOffset.UtcNow;
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

        if (scope.NotApplicableReason is { } reason)
        {
            context.CurrentResult.SetResult(ResultState.Ignored, reason);
            run.Results.Add(new CheckResult(info, Outcome.NotApplicable, Disposition.Counted, reason, [], [], clock.Elapsed)
            {
                Trace = Trace(context, started, scope.Exchanges, run),
            });
            return context.CurrentResult;
        }

        WithEvidence(context.CurrentResult, info, scope);
        var result = Verdicts.Decide(info, context.CurrentResult, run);
        run.Results.Add(result with
        {
            Observations = scope.Observations,
            RequestIds = scope.RequestIds,
            Duration = clock.Elapsed,
            Trace = Trace(context, started, scope.Exchanges, run),
        });
        return context.CurrentResult;
    }

    private static CheckTrace Trace(TestExecutionContext context, DateTimeOffset started, IReadOnlyList<Client.Exchange> exchanges, ConformanceRun run)
    {
        var test = context.CurrentTest;
        var parameters = new List<KeyValuePair<string, string>> { KeyValuePair.Create("seed", run.Settings.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        parameters.AddRange(test.Arguments.Select((a, i) => KeyValuePair.Create($"argument {i + 1}", a is Delegate ? "(request)" : Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "null")));
        return new CheckTrace(test.Name, test.FullName, started, DateTimeOffset.UtcNow, context.CurrentResult.StackTrace, exchanges, parameters);
    }

    // A failure that did not come from a response expectation (a walk over pages, a count) still shows the rule and the
    // last exchange of the check, so a reviewer never has to rerun it to see what the target said.
    private static void WithEvidence(TestResult result, CheckInfo info, CheckScope scope)
    {
        if (result.ResultState.Status != TestStatus.Failed || result.Message.Contains("Sent: ", StringComparison.Ordinal))
        {
            return;
        }

        var evidence = $"{result.Message}{Environment.NewLine}{info.Id} [{info.Provenance.ToString().ToLowerInvariant()}]: {info.Rule}";
        var exchanges = scope.Exchanges;
        if (exchanges.Count > 0)
        {
            evidence += Environment.NewLine + "Last exchange of the check:" + Environment.NewLine + ExchangeText.Describe(exchanges[^1]);
        }

        result.SetResult(result.ResultState, evidence, result.StackTrace);
    }

    private CheckInfo Describe(Test test)
    {
        var caseId = test.Properties.Get(CheckAttribute.IdProperty) as string;
        var id = caseId ?? attribute.Id;
        // Cases of one [TestCase] method share the attribute's id: their arguments keep each case's id unique.
        if (caseId is null && test.Arguments.Length > 0)
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
