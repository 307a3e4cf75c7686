namespace CreditGrantConformance.Suite.Gaps;

/// <summary>
/// One entry of a known-gap file: a check the target is known to fail, why, and until when that is accepted.
/// </summary>
public sealed record KnownGap(string Check, string Reason, DateOnly? Expires)
{
    public bool Matches(string checkId) => Check.EndsWith('*')
        ? checkId.StartsWith(Check[..^1], StringComparison.Ordinal)
        : string.Equals(Check, checkId, StringComparison.Ordinal);

    public bool IsExpired(DateOnly today) => Expires is { } date && date < today;
}
