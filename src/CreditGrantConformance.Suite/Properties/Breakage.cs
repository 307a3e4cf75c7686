using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// One place where a valid request is broken, and the param the error must name (exactly, or as a prefix for metadata).
/// </summary>
public sealed record Breakage(string Kind, string Param, bool ExactParam, Action<FormParams> Apply)
{
    /// <summary>The same breakage with a plainer value, for shrinking: none when it is already the plainest.</summary>
    public Func<IEnumerable<Breakage>> Smaller { get; init; } = () => [];

    public override string ToString() => $"{Kind} at {Param}";
}

/// <summary>A valid request and the one breakage applied to it.</summary>
public sealed record InvalidSpec(GrantSpec Valid, Breakage Breakage)
{
    public FormParams ToParams(string customer, string runId)
    {
        var request = Valid.ToParams(customer, runId);
        Breakage.Apply(request);
        return request;
    }

    public override string ToString() => $"{Breakage}: {Readable.Pairs(ToParams(Readable.Customer, Readable.Run))}";
}
