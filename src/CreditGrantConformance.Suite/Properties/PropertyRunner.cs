using CreditGrantConformance.Suite.Configuration;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NUnit.Framework;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// Runs a property with the run's seed and case count, so CONFORMANCE_SEED replays the exact same cases; a failure,
/// after FsCheck has shrunk it, becomes one assertion that names the seed.
/// </summary>
public static class PropertyRunner
{
    /// <summary>The body throws <see cref="PropertyFailedException"/> (or any exception) when a case does not hold.</summary>
    public static void Check<T>(ConformanceSettings settings, Arbitrary<T> cases, Action<T> body) =>
        Check(settings, Prop.ForAll(cases, (T c) =>
        {
            body(c);
            return true;
        }));

    public static void Check(ConformanceSettings settings, Property property)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(settings.PropertyCases)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd((ulong)settings.Seed), FSharpOption<int>.None)));
        try
        {
            FsCheck.Check.One(config, property);
        }
        catch (Exception ex) when (ex is not AssertionException && IsEnvironment(ex))
        {
            // The target broke (no answer, retries exhausted, not JSON) while a case ran: an error, not a counterexample.
            throw new Http.TargetBrokeException(ex.Message.Trim());
        }
        catch (Exception ex) when (ex is not AssertionException)
        {
            Assert.Fail($"{ex.Message.Trim()}{Environment.NewLine}Replay these cases with {SettingNames.Seed}={settings.Seed} ({settings.PropertyCases} cases).");
        }
    }

    private static bool IsEnvironment(Exception ex) =>
        ex.ToString().Contains(nameof(Http.TargetBrokeException), StringComparison.Ordinal)
        || ex.ToString().Contains(nameof(Client.StripeTransportException), StringComparison.Ordinal);
}

/// <summary>Expectations inside a property: a miss throws, so FsCheck sees the case fail and shrinks it.</summary>
public static class Require
{
    public static void That(Client.StripeResponse response, IEnumerable<Assertions.Expectation> expectations)
    {
        var list = expectations.ToList();
        var failures = list.Select(e => e.Evaluate(response)).OfType<string>().ToList();
        if (failures.Count > 0)
        {
            throw new PropertyFailedException(Assertions.ResponseAssertions.Message(response, list, failures));
        }
    }
}

/// <summary>A generated case that does not hold, with the reason and the request that shows it.</summary>
public sealed class PropertyFailedException(string message) : Exception(message);
