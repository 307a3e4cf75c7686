using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// The parameters an operation declares (its OpenAPI request schema, additionalProperties false): anything else is
/// parameter_unknown, named by its bracketed path.
/// </summary>
public abstract record ParamShape
{
    public static readonly ParamShape Scalar = new ScalarShape();

    /// <summary>Free-form keys with text values, or "" to clear: metadata.</summary>
    public static readonly ParamShape Map = new MapShape();

    /// <summary>expand[], which every operation takes (API reference, expanding responses).</summary>
    public static readonly (string Name, ParamShape Shape) Expand = ("expand", new ArrayShape(Scalar));

    /// <summary>What an operation that takes nothing but expand[] accepts: retrieve, delete, transitions.</summary>
    public static readonly ParamShape ExpandOnly = Object(Expand);

    public static ParamShape Object(params (string Name, ParamShape Shape)[] children) =>
        new ObjectShape(children.ToDictionary(c => c.Name, c => c.Shape, StringComparer.Ordinal));

    public static ParamShape ArrayOf(ParamShape item) => new ArrayShape(item);

    /// <summary>
    /// parameter_unknown for the first parameter the shape does not declare (or the array it cannot read); null when
    /// none.
    /// </summary>
    public static StripeError? FirstUnknown(ParamShape shape, FormNode node, string path)
    {
        switch (shape, node)
        {
            case (ObjectShape o, FormObject obj):
                foreach (var (name, child) in obj.Children)
                {
                    var childPath = path.Length == 0 ? name : $"{path}[{name}]";
                    var error = o.Children.TryGetValue(name, out var childShape)
                        ? FirstUnknown(childShape, child, childPath)
                        : StripeError.Unknown(childPath);
                    if (error is not null)
                    {
                        return error;
                    }
                }

                return null;
            case (ArrayShape a, FormArray array):
                return array.Items.Select((item, i) => FirstUnknown(a.Item, item, $"{path}[{i}]"))
                    .FirstOrDefault(e => e is not null);
            case (ArrayShape a, FormObject obj) when ParamReader.AsArray(obj) is not null:
                return obj.Children.Select(c => FirstUnknown(a.Item, c.Value, $"{path}[{c.Key}]"))
                    .FirstOrDefault(e => e is not null);
            case (ArrayShape, FormObject):
                return StripeError.Invalid(
                    $"Invalid array: {path} must be an array like {path}[]=value or {path}[0][key]=value.", path);
            default:
                return null;
        }
    }

    private sealed record ScalarShape : ParamShape;

    private sealed record MapShape : ParamShape;

    private sealed record ObjectShape(IReadOnlyDictionary<string, ParamShape> Children) : ParamShape;

    private sealed record ArrayShape(ParamShape Item) : ParamShape;
}
