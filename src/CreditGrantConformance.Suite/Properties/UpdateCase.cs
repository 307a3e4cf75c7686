using FsCheck;
using FsCheck.Fluent;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// A generated grant and a generated update of it, shrunk on both sides so a failure shows the least of each.
/// </summary>
public sealed record UpdateCase(GrantSpec Grant, UpdateSpec Update)
{
    public static Arbitrary<UpdateCase> Arbitrary { get; } = Arb.ToArbitrary(
        from grant in GrantGenerators.Valid
        from update in GrantGenerators.Update(grant)
        select new UpdateCase(grant, update),
        Shrink);

    public override string ToString() => $"create {Grant}, then update {Update}";

    // The update first (it is what the property is about), then the grant, each only while the update still fits.
    private static IEnumerable<UpdateCase> Shrink(UpdateCase c) =>
        Shrinks.Of(c.Update).Select(u => c with { Update = u })
            .Concat(Shrinks.Of(c.Grant)
                .Where(g => GrantGenerators.Fits(g, c.Update))
                .Select(g => c with { Grant = g }));
}
