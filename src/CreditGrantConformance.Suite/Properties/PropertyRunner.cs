using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Execution;
using CreditGrantConformance.Suite.Failures;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// Runs a property with the run's seed and case count, so CONFORMANCE_SEED replays the exact same cases. A failure,
/// after FsCheck has shrunk it, becomes one check failure that shows the smallest case and how to replay it; the target
/// breaking while a case ran (no answer, not JSON) ends the check as an error, never as a counterexample.
/// </summary>
public static class PropertyRunner
{
    /// <summary>
    /// The body throws (a missed expectation, <see cref="PropertyFailedException"/>) when a case does not hold.
    /// </summary>
    public static void Check<T>(CheckContext check, Arbitrary<T> cases, Action<T> body)
    {
        var watch = new CaseWatch();
        Check(check, Prop.ForAll(cases, (T c) =>
        {
            watch.Run(() => body(c));
            return true;
        }), watch);
    }

    /// <summary>
    /// A property built elsewhere (a state machine): its bodies should run through <see cref="CaseWatch.Run"/> of
    /// <paramref name="watch"/>. A property that costs more per case may run fewer than the run's cases
    /// (<paramref name="maxCases"/>), never more.
    /// </summary>
    public static void Check(CheckContext check, Property property, CaseWatch watch, int? maxCases = null)
    {
        var settings = check.Settings;
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(Math.Min(settings.PropertyCases, maxCases ?? int.MaxValue))
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd((ulong)settings.Seed), FSharpOption<int>.None)));
        try
        {
            FsCheck.Check.One(config, property);
        }
        catch (Exception ex) when (watch.Environment is null && ex is not CheckFailedException)
        {
            var failure = watch.LastFailure;
            throw new CheckFailedException(
                CounterexampleText.Of(ex.Message, failure, check.Check.Id, settings),
                (failure as CheckFailedException)?.Evidence,
                (failure as CheckFailedException)?.Failing);
        }
        finally
        {
            watch.RethrowEnvironment();
        }
    }
}

/// <summary>
/// Watches the cases of one property: the environment breaking is kept aside (FsCheck would take it for a
/// counterexample), and the failure of the last failing case (the shrunk one, as FsCheck shrinks towards it) is kept
/// for the report.
/// </summary>
public sealed class CaseWatch
{
    public Exception? Environment { get; private set; }

    public Exception? LastFailure { get; private set; }

    public T Run<T>(Func<T> body)
    {
        var result = default(T);
        Run(() => { result = body(); });
        return result!;
    }

    public void Run(Action body)
    {
        if (Environment is not null)
        {
            // The target broke already: stop judging cases, let FsCheck end quickly.
            throw Environment;
        }

        try
        {
            body();
        }
        catch (Exception ex) when (ex is TargetBrokeException or StripeTransportException or NotApplicableException)
        {
            Environment = ex;
            throw;
        }
        catch (Exception ex)
        {
            LastFailure = ex;
            throw;
        }
    }

    internal void RethrowEnvironment()
    {
        if (Environment is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(Environment);
        }
    }
}

/// <summary>Expectations inside a property: a miss throws, so FsCheck sees the case fail and shrinks it.</summary>
public static class Require
{
    public static void That(StripeResponse response, IEnumerable<Expectation> expectations) =>
        response.Should([.. expectations]);
}

/// <summary>A generated case that does not hold, with the reason and the request that shows it.</summary>
public sealed class PropertyFailedException(string message) : Exception(message);
