namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>A parsed form parameter: text, an object of named children, or an array.</summary>
public abstract record FormNode;

public sealed record FormText(string Value) : FormNode;

public sealed record FormObject(OrderedDictionary<string, FormNode> Children) : FormNode
{
    public FormObject()
        : this(new OrderedDictionary<string, FormNode>(StringComparer.Ordinal))
    {
    }

    public FormNode? this[string name] => Children.TryGetValue(name, out var node) ? node : null;
}

public sealed record FormArray(List<FormNode> Items) : FormNode
{
    public FormArray()
        : this([])
    {
    }
}
