namespace CreditGrantConformance.Suite.Coverage;

/// <summary>How often each named thing was met.</summary>
internal sealed class Counter
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public void Add(string name) => counts[name] = this[name] + 1;

    public int this[string name] => counts.GetValueOrDefault(name);

    public IEnumerable<string> Names => counts.Keys;
}
