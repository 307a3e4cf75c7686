namespace CreditGrantConformance.ReferenceServer.Rules;

/// <summary>
/// What a broken rule does: refuse the request, nothing (the rule is off), or answer 200 leaving the object as it is.
/// </summary>
public enum RuleMode
{
    Enforced,
    Off,
    Unchanged,
}

/// <summary>How a length is counted. Stripe documents limits in characters: Unicode code points.</summary>
public enum TextMeasure
{
    CodePoints,
    Utf8Bytes,
}

/// <summary>
/// How a rule applies on one server: its mode, and the limit and measure of the rules that have them.
/// </summary>
public sealed record RuleSetting(RuleMode Mode, long Limit, TextMeasure Measure);

/// <summary>
/// One behaviour of Stripe's API that the server encodes, by name, with its provenance and source. <see cref="Limit"/>
/// is the number the rule turns on (a bound or a default); <see cref="Lenient"/> is the mode the lenient variant gives
/// an assumed rule.
/// </summary>
public partial record Rule(string Name, Provenance Provenance, string Source)
{
    public long Limit { get; init; }

    public RuleMode Lenient { get; init; } = RuleMode.Off;

    public RuleSetting Declared => new(RuleMode.Enforced, Limit, TextMeasure.CodePoints);
}

/// <summary>A rule that judges a context: the error to refuse with, or null when the context complies.</summary>
public sealed record Rule<T>(
    string Name,
    Provenance Provenance,
    string Source,
    Func<T, RuleSetting, StripeError?> Judge)
    : Rule(Name, Provenance, Source);

/// <summary>The rules an operation checks together, in the order their errors are reported.</summary>
public sealed record RuleList<T>(string Name, IReadOnlyList<Rule<T>> Rules);
