using System.Text.Json.Nodes;
using Stripe;

namespace StripeNetDriver;

/// <summary>
/// The JSON parameters of a call onto Stripe.net's typed options: each top-level parameter that fits its typed property
/// is set there; any other (an unknown name, a wrong type, a nested name the options lack) goes whole through
/// <see cref="BaseOptions.AddExtraParam"/>, the SDK's documented way to send parameters its classes do not model.
/// </summary>
internal sealed class OptionsMap<T>
    where T : BaseOptions, new()
{
    private readonly Dictionary<string, Func<T, JsonNode, bool>> typed = new(StringComparer.Ordinal)
    {
        ["expand"] = (o, v) => Set(Fit.Strings(v, out var expand), () => o.Expand = expand),
    };

    public OptionsMap<T> String(string name, Action<T, string> set)
    {
        typed[name] = (o, v) => Set(Fit.String(v, out var text), () => set(o, text!));
        return this;
    }

    public OptionsMap<T> Long(string name, Action<T, long> set)
    {
        typed[name] = (o, v) => Set(Fit.Long(v, out var number), () => set(o, number));
        return this;
    }

    public OptionsMap<T> Time(string name, Action<T, DateTime> set)
    {
        typed[name] = (o, v) => Set(Fit.Time(v, out var time), () => set(o, time));
        return this;
    }

    public OptionsMap<T> Metadata(Action<T, Dictionary<string, string>> set)
    {
        typed["metadata"] = (o, v) => Set(Fit.Metadata(v, out var metadata), () => set(o, metadata!));
        return this;
    }

    /// <summary>
    /// A parameter with a conversion of its own (nested objects), which answers null when the value does not fit.
    /// </summary>
    public OptionsMap<T> Nested<TValue>(string name, Func<JsonNode, TValue?> fit, Action<T, TValue> set)
        where TValue : class
    {
        typed[name] = (o, v) => fit(v) is { } value && Set(true, () => set(o, value));
        return this;
    }

    /// <summary>A parameter that fits when <paramref name="apply"/> could set it.</summary>
    public OptionsMap<T> Custom(string name, Func<T, JsonNode, bool> apply)
    {
        typed[name] = apply;
        return this;
    }

    public T Build(JsonObject parameters)
    {
        var options = new T();
        foreach (var (name, value) in parameters)
        {
            if (value is null || (typed.TryGetValue(name, out var apply) && apply(options, value)))
            {
                continue;
            }

            options.AddExtraParam(name, Fit.Extra(value));
        }

        return options;
    }

    private static bool Set(bool fits, Action set)
    {
        if (fits)
        {
            set();
        }

        return fits;
    }
}
