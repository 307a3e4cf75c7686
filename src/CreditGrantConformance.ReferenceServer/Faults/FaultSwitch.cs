namespace CreditGrantConformance.ReferenceServer.Faults;

/// <summary>The faults this server instance was started with; consulted only at the seams (store, serializer, validator, middleware).</summary>
public sealed class FaultSwitch
{
    private readonly HashSet<string> active;

    public FaultSwitch(IEnumerable<string> names)
    {
        active = names.ToHashSet(StringComparer.Ordinal);
        var unknown = active.Where(n => FaultCatalogue.All.All(f => f.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown fault(s): {string.Join(", ", unknown)}. Known faults: {string.Join(", ", FaultCatalogue.All.Select(f => f.Name))}.");
        }
    }

    public bool Has(string name) => active.Contains(name);
}
