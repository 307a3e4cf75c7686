namespace CreditGrantConformance.Suite.Coverage;

/// <summary>What a documented limit bounds: a string's length, a number, a map's keys, key lengths or values.</summary>
public enum LimitKind
{
    MaxLength,
    Minimum,
    Maximum,
    MaxKeys,
    MaxKeyLength,
    MaxValueLength,
}

/// <summary>
/// One limit of a request parameter, as the OpenAPI document states it. A request meets it <em>at its edge</em> when
/// it sends exactly the bound, and <em>beyond</em> when it sends the next value past it (the one to be refused).
/// </summary>
public sealed record Limit(string Parameter, LimitKind Kind, long Bound)
{
    public string Name => Kind switch
    {
        LimitKind.MaxLength => $"{Parameter}: at most {Bound} characters",
        LimitKind.Minimum => $"{Parameter}: at least {Bound}",
        LimitKind.Maximum => $"{Parameter}: at most {Bound}",
        LimitKind.MaxKeys => $"{Parameter}: at most {Bound} keys",
        LimitKind.MaxKeyLength => $"{Parameter}: keys of at most {Bound} characters",
        _ => $"{Parameter}: values of at most {Bound} characters",
    };

    public bool IsAtEdge(long measured) => measured == Bound;

    public bool IsBeyond(long measured) => measured == (Kind == LimitKind.Minimum ? Bound - 1 : Bound + 1);
}
