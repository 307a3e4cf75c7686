namespace CreditGrantConformance.Suite.Schemas;

/// <summary>RFC 6901 pointers as text: a property's pointer under its object's.</summary>
internal static class PointerText
{
    public static string Child(string parent, string name) =>
        parent + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
