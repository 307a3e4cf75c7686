namespace CreditGrantConformance.ReferenceServer.Rules;

/// <summary>
/// The kinds of rule the server declares: required, one of, at least, at most, a length limit, or any refusal.
/// </summary>
public partial record Rule
{
    public static Rule<T> Refuse<T>(
        string name,
        Provenance provenance,
        string source,
        Func<T, bool> broken,
        Func<T, StripeError> error) =>
        new(name, provenance, source, (context, _) => broken(context) ? error(context) : null);

    /// <summary>
    /// An id in a parameter must name an object: one that names none answers 400 resource_missing naming the param, as
    /// Stripe's answers to any id in a parameter do (observed).
    /// </summary>
    public static Rule<T> NamesAnObject<T>(
        string name,
        string noun,
        string param,
        Func<T, string?> id,
        Func<T, string, bool> exists) =>
        Refuse<T>(
            name, Provenance.Observed,
            "an id in a parameter that names no object answers 400 resource_missing naming the param (observed)",
            c => id(c) is { } named && !exists(c, named),
            c => StripeError.NoSuch(noun, id(c)!, param, 400));

    public static Rule<T> Required<T>(
        string name,
        Provenance provenance,
        string source,
        string param,
        Func<T, bool> missing) =>
        Refuse(name, provenance, source, missing, _ => StripeError.Missing(param));

    /// <summary>
    /// An enum: an absent value passes (other rules require it), an empty one is missing, any other must be allowed.
    /// </summary>
    public static Rule<T> OneOf<T>(
        string name,
        Provenance provenance,
        string source,
        string param,
        Func<T, string?> value,
        params string[] allowed) =>
        new(name, provenance, source, (context, _) => value(context) switch
        {
            null => null,
            "" => StripeError.Missing(param),
            var text when allowed.Contains(text, StringComparer.Ordinal) => null,
            _ => StripeError.Invalid($"Invalid {param}: must be one of {string.Join(" or ", allowed)}", param),
        });

    public static Rule<T> AtLeast<T>(
        string name,
        Provenance provenance,
        string source,
        long limit,
        Func<T, long?> value,
        Func<long, long, StripeError> error) =>
        Bound(name, provenance, source, limit, value, (v, setting) => v < setting, error);

    public static Rule<T> AtMost<T>(
        string name,
        Provenance provenance,
        string source,
        long limit,
        Func<T, long?> value,
        Func<long, long, StripeError> error) =>
        Bound(name, provenance, source, limit, value, (v, setting) => v > setting, error);

    /// <summary>A number beyond the rule's limit (the setting's, which a fault may move) is refused.</summary>
    private static Rule<T> Bound<T>(
        string name,
        Provenance provenance,
        string source,
        long limit,
        Func<T, long?> value,
        Func<long, long, bool> beyond,
        Func<long, long, StripeError> error) =>
        new(name, provenance, source, (context, setting) => value(context) is { } v && beyond(v, setting.Limit)
            ? error(v, setting.Limit)
            : null) { Limit = limit };

    /// <summary>
    /// Every text the context names (with the param to report) is at most the limit long, counted in the setting's
    /// measure.
    /// </summary>
    public static Rule<T> MaxLength<T>(
        string name,
        Provenance provenance,
        string source,
        long limit,
        Func<T, IEnumerable<(string Param, string Text)>> texts,
        Func<LengthBreach, StripeError> error) =>
        new(name, provenance, source, (context, setting) =>
        {
            foreach (var (param, text) in texts(context))
            {
                var length = TextLength.Of(text, setting.Measure);
                if (length > setting.Limit)
                {
                    return error(new LengthBreach(param, text, length, setting.Limit));
                }
            }

            return null;
        }) { Limit = limit };
}

/// <summary>A text over its limit: where it was sent, the text, its length and the limit.</summary>
public sealed record LengthBreach(string Param, string Text, long Length, long Limit);
