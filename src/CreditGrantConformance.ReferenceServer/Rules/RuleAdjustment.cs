namespace CreditGrantConformance.ReferenceServer.Rules;

/// <summary>A change to how one rule applies, in one operation or (Operation null) in all.</summary>
public sealed record RuleAdjustment(string Rule, string? Operation, Func<RuleSetting, RuleSetting> Adjust);

/// <summary>A rule added in front of a list's own rules.</summary>
public sealed record AddedRule(string List, Rule Rule);
