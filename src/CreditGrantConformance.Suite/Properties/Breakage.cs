using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>One place where a valid request is broken, and the param the error must name (exactly, or as a prefix for metadata).</summary>
public sealed record Breakage(string Kind, string Param, bool ExactParam, Action<FormParams> Apply)
{
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
