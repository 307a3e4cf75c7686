using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.TestClocks;

/// <summary>A create request for a test clock.</summary>
public sealed record ClockCreateCheck(long? FrozenTime, string? Name);

/// <summary>The customer a new clock is to hold (TestClockCreateParams.customer), and that customer.</summary>
public sealed record AttachCheck(string? CustomerId, ClockCustomer? Customer);

/// <summary>A clock and the frozen_time an advance asks for.</summary>
public sealed record AdvanceCheck(TestClock Clock, long? Target);

/// <summary>
/// What the test clock endpoints require, from the API reference (docs.stripe.com/api/test_clocks): frozen_time on
/// create and advance, a name of at most 300 characters, and an advance after the current frozen_time and, with no
/// subscriptions, at most two years ahead.
/// </summary>
public static class TestClockRules
{
    private const string Advance = "API reference, advance a test clock (docs.stripe.com/api/test_clocks/advance)";

    public static readonly Rule<ClockCreateCheck> FrozenTimeRequired = Rule.Required<ClockCreateCheck>(
        "test_clock_create.frozen_time_required", Provenance.Spec,
        "OpenAPI PostTestHelpersTestClocks: frozen_time is required", "frozen_time", c => c.FrozenTime is null);

    public static readonly Rule<ClockCreateCheck> NameLength = Rule.MaxLength<ClockCreateCheck>(
        "test_clock_create.name_length", Provenance.Documented,
        "API reference, create a test clock: name, 'The maximum length is 300 characters'", 300,
        c => c.Name is null ? [] : [("name", c.Name)],
        b => StripeError.Invalid(
            $"Invalid string: name must be at most {b.Limit} characters; it has {b.Length}.", "name"));

    public static readonly Rule<AdvanceCheck> AdvanceFrozenTimeRequired = Rule.Required<AdvanceCheck>(
        "test_clock_advance.frozen_time_required", Provenance.Spec,
        "OpenAPI PostTestHelpersTestClocksTestClockAdvance: frozen_time is required", "frozen_time",
        c => c.Target is null);

    public static readonly Rule<AdvanceCheck> AfterCurrent = Rule.Refuse<AdvanceCheck>(
        "test_clock_advance.after_current", Provenance.Documented,
        Advance + ": frozen_time must be after the test clock's current frozen time",
        c => c.Target <= c.Clock.FrozenTime,
        c => StripeError.Invalid(
            $"The frozen_time ({c.Target}) must be after the test clock's current frozen_time "
                + $"({c.Clock.FrozenTime}).",
            "frozen_time"));

    public static readonly Rule<AdvanceCheck> WithinTwoYears = Rule.Refuse<AdvanceCheck>(
        "test_clock_advance.within_two_years", Provenance.Documented,
        Advance + ": with no subscriptions, frozen_time cannot be more than two years in the future",
        c => c.Target > TwoYearsAfter(c.Clock.FrozenTime),
        c => StripeError.Invalid(
            $"The frozen_time ({c.Target}) cannot be more than two years after the test clock's current "
                + $"frozen_time ({c.Clock.FrozenTime}).",
            "frozen_time"));

    public static readonly Rule<AdvanceCheck> NotAdvancing = Rule.Refuse<AdvanceCheck>(
        "test_clock_advance.not_advancing", Provenance.Assumed,
        "an advance while the clock is still advancing (ASSUMPTIONS.md test_clock.advance_while_advancing)",
        c => c.Clock.Advancing,
        c => StripeError.Invalid(
            $"The test clock {c.Clock.Id} is advancing; wait until its status is ready before advancing it again."));

    public static readonly Rule<AttachCheck> CustomerExists = Rule.NamesAnObject<AttachCheck>(
        "test_clock_create.customer_exists", "customer", "customer", c => c.CustomerId,
        (c, _) => c.Customer is { Deleted: false });

    public static readonly Rule<AttachCheck> CustomerUnclocked = Rule.Refuse<AttachCheck>(
        "test_clock_create.customer_unclocked", Provenance.Assumed,
        "the API reference says a customer attached to a clock cannot be removed from it; attaching one to a second "
            + "clock is refused (ASSUMPTIONS.md test_clock.customer_attached)",
        c => c.Customer?.TestClock is not null,
        c => StripeError.Invalid($"The customer {c.CustomerId} is already attached to a test clock.", "customer"));

    public static readonly RuleList<AttachCheck> CustomerAttachable =
        new(ApiOperation.CreateTestClock.Label, [CustomerExists, CustomerUnclocked]);

    public static readonly RuleList<ClockCreateCheck> Create =
        new(ApiOperation.CreateTestClock.Label, [FrozenTimeRequired, NameLength]);

    public static readonly RuleList<AdvanceCheck> Advancing = new(
        ApiOperation.AdvanceTestClock.Label, [AdvanceFrozenTimeRequired, NotAdvancing, AfterCurrent, WithinTwoYears]);

    /// <summary>Two calendar years after a time, in UTC.</summary>
    public static long TwoYearsAfter(long frozenTime) =>
        DateTimeOffset.FromUnixTimeSeconds(frozenTime).AddYears(2).ToUnixTimeSeconds();
}
