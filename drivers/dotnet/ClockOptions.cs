using Stripe;
using Stripe.TestHelpers;

namespace StripeNetDriver;

/// <summary>
/// The typed options of Stripe.net's test clock calls (<see cref="TestClockService"/>) and of customers, which live
/// on a clock when created with one, built from the call's JSON parameters.
/// </summary>
internal static class ClockOptions
{
    public static readonly OptionsMap<TestClockCreateOptions> Create = new OptionsMap<TestClockCreateOptions>()
        .Time("frozen_time", (o, v) => o.FrozenTime = v)
        .String("name", (o, v) => o.Name = v);

    public static readonly OptionsMap<TestClockAdvanceOptions> Advance = new OptionsMap<TestClockAdvanceOptions>()
        .Time("frozen_time", (o, v) => o.FrozenTime = v);

    public static readonly OptionsMap<TestClockListOptions> List = PagedOptions.Map<TestClockListOptions>();

    public static readonly OptionsMap<TestClockGetOptions> Get = new();

    public static readonly OptionsMap<TestClockDeleteOptions> Delete = new();

    public static readonly OptionsMap<CustomerCreateOptions> CreateCustomer = new OptionsMap<CustomerCreateOptions>()
        .String("name", (o, v) => o.Name = v)
        .String("email", (o, v) => o.Email = v)
        .String("description", (o, v) => o.Description = v)
        .Metadata((o, v) => o.Metadata = v)
        .String("test_clock", (o, v) => o.TestClock = v);

    public static readonly OptionsMap<CustomerGetOptions> GetCustomer = new();

    public static readonly OptionsMap<CustomerDeleteOptions> DeleteCustomer = new();

    // created (a time or a range) goes as the SDK's extra parameter, as the wire sends it.
    public static readonly OptionsMap<CustomerListOptions> ListCustomers = PagedOptions.Map<CustomerListOptions>()
        .String("email", (o, v) => o.Email = v)
        .String("test_clock", (o, v) => o.TestClock = v);
}
