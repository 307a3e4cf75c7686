using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// What an accepted answer must say, judged at the strength of Stripe's documents even in a check whose acceptance
/// rests on an assumption: an assumption may decide whether a request is accepted, never whether an accepted answer
/// is right. A check asks these first, on their own, so a wrong accepted answer fails as documented evidence instead
/// of hiding behind the assumed expectation of a refusal that missed beside it.
/// </summary>
public static class Accepted
{
    /// <summary>An accepted void answers the voided grant ("Returns the voided credit grant").</summary>
    public static Expectation AnswersVoided { get; } = Documented(
        Expect.FieldIs("/voided_at", "a timestamp (the grant voided)", IsTimestamp));

    /// <summary>An accepted expire answers the expired grant: expires_at now, as the reference shows.</summary>
    public static Expectation AnswersExpired { get; } = Documented(
        Expect.FieldIs("/expires_at", "within five minutes of now (the grant expired)", Clock.IsNow));

    /// <summary>An accepted update answers the value sent ("Returns the updated credit grant").</summary>
    public static Expectation Echoes(string pointer, JsonNode? sent) => Documented(Expect.Field(pointer, sent));

    private static Expectation Documented(Expectation expectation) =>
        Expect.OnSuccess(expectation.As(Provenance.Documented));

    private static bool IsTimestamp(JsonNode? node) => node is JsonValue value && value.TryGetValue<long>(out _);
}
