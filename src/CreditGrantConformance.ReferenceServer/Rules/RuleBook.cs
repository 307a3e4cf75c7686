using System.Collections.Concurrent;

namespace CreditGrantConformance.ReferenceServer.Rules;

/// <summary>The outcome of a rule check that did not refuse: go on, or answer with the object unchanged.</summary>
public enum Verdict
{
    Passed,
    Unchanged,
}

/// <summary>
/// The rules as this server applies them: as declared, with assumed rules relaxed in the lenient variant, and adjusted
/// by the rule seams of the faults it was started with. Parsers and handlers check rules here by name and never see why
/// a rule is off or its limit moved.
/// </summary>
public sealed class RuleBook(bool lenient, IReadOnlyList<RuleAdjustment> adjustments, IReadOnlyList<AddedRule> added)
{
    private readonly ConcurrentDictionary<(string Rule, string Operation), RuleSetting> settings = new();

    /// <summary>
    /// Throws the first error of an enforced rule; <see cref="Verdict.Unchanged"/> when a broken rule says to leave the
    /// object as it is.
    /// </summary>
    public Verdict Check<T>(RuleList<T> list, T context, string? operation = null)
    {
        foreach (var extra in added)
        {
            if (extra.List == list.Name && extra.Rule is Rule<T> rule
                && Judge(rule, rule.Declared, context) is Verdict.Unchanged)
            {
                return Verdict.Unchanged;
            }
        }

        foreach (var rule in list.Rules)
        {
            if (Judge(rule, SettingOf(rule, operation ?? list.Name), context) is Verdict.Unchanged)
            {
                return Verdict.Unchanged;
            }
        }

        return Verdict.Passed;
    }

    public Verdict Check<T>(Rule<T> rule, T context, string operation) =>
        Judge(rule, SettingOf(rule, operation), context);

    /// <summary>The value of a default rule, or null when the default is not applied.</summary>
    public long? Default(Rule rule, string operation) =>
        SettingOf(rule, operation) is { Mode: not RuleMode.Off } setting ? setting.Limit : null;

    private RuleSetting SettingOf(Rule rule, string operation) =>
        settings.GetOrAdd((rule.Name, operation), _ => Resolve(rule, operation));

    private static Verdict Judge<T>(Rule<T> rule, RuleSetting setting, T context)
    {
        if (setting.Mode is RuleMode.Off || rule.Judge(context, setting) is not { } error)
        {
            return Verdict.Passed;
        }

        return setting.Mode is RuleMode.Unchanged ? Verdict.Unchanged : throw new ApiException(error);
    }

    private RuleSetting Resolve(Rule rule, string operation)
    {
        var setting = rule.Declared;
        if (lenient && rule.Provenance is Provenance.Assumed)
        {
            setting = setting with { Mode = rule.Lenient };
        }

        foreach (var adjustment in adjustments)
        {
            if (adjustment.Rule == rule.Name && (adjustment.Operation is null || adjustment.Operation == operation))
            {
                setting = adjustment.Adjust(setting);
            }
        }

        return setting;
    }
}
