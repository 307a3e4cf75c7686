using Stripe;

namespace StripeNetDriver;

/// <summary>The options of any list call: Stripe's cursor parameters, which every list options class has.</summary>
internal static class PagedOptions
{
    public static OptionsMap<T> Map<T>()
        where T : ListOptions, new() =>
        new OptionsMap<T>()
            .Long("limit", (o, v) => o.Limit = v)
            .String("starting_after", (o, v) => o.StartingAfter = v)
            .String("ending_before", (o, v) => o.EndingBefore = v);
}
