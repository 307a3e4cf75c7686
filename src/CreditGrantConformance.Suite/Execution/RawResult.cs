using System.Reflection;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Failures;
using CreditGrantConformance.Suite.Http;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// What the target did in one check, before strictness and known gaps weigh it: classified by the type of what was
/// thrown (never by its text), or by NUnit's result when a check recorded failures without throwing.
/// </summary>
internal sealed record RawResult(
    Outcome Outcome,
    string? Reason,
    Provenance? Evidence,
    IReadOnlyList<Exchange> Failing,
    string? StackTrace)
{
    public static RawResult Of(Exception? thrown, TestResult nunit, CheckScope scope)
    {
        if (thrown is null)
        {
            return nunit.ResultState.Status == TestStatus.Failed
                ? Assertion(nunit.Message, scope)
                : new RawResult(Outcome.Passed, null, null, [], null);
        }

        return Unwrap(thrown) switch
        {
            NotApplicableException na => new RawResult(Outcome.NotApplicable, na.Message, null, [], null),
            TargetBrokeException broke => new RawResult(Outcome.Error, broke.Message, null, [], null),
            StripeTransportException transport => new RawResult(
                Outcome.Error,
                $"Environment: the target did not answer ({transport.Message}).",
                null,
                [transport.LastExchange],
                null),
            CheckFailedException { Failing.Count: > 0 } failed
                => new RawResult(Outcome.Failed, failed.Message, failed.Evidence, failed.Failing, null),
            CheckFailedException failed => Assertion(failed.Message, scope) with { Evidence = failed.Evidence },
            AssertionException or MultipleAssertException => Assertion(Unwrap(thrown).Message, scope),
            IgnoreException ignored => new RawResult(Outcome.Skipped, ignored.Message, null, [], null),
            var other => new RawResult(
                Outcome.Error,
                $"The check itself broke ({other.GetType().Name}: {other.Message}); this is a bug of the suite.",
                null,
                [],
                other.ToString()),
        };
    }

    // A failure stated with Assert (a walk over pages, a count) still shows the last exchange of the check, so a
    // reviewer never has to rerun it to see what the target said.
    private static RawResult Assertion(string message, CheckScope scope)
    {
        var exchanges = scope.Exchanges;
        var last = exchanges.Count > 0 ? exchanges[^1] : null;
        var reason = last is null
            ? message.Trim()
            : message.Trim() + Environment.NewLine + "Last exchange of the check:" + Environment.NewLine
                + ExchangeText.Describe(last);
        return new RawResult(Outcome.Failed, reason, null, last is null ? [] : [last], null);
    }

    private static Exception Unwrap(Exception ex) => ex switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        NUnitException { InnerException: { } rethrown } => Unwrap(rethrown),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => ex,
    };
}
