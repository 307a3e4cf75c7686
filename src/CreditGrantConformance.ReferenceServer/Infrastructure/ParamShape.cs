namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// The parameters an operation declares (the OpenAPI excerpt's request schemas, additionalProperties false): anything
/// else is parameter_unknown, named by its bracketed path (B.3).
/// </summary>
public abstract record ParamShape
{
    public static readonly ParamShape Scalar = new ScalarShape();

    /// <summary>Free-form keys with text values, or "" to clear: metadata.</summary>
    public static readonly ParamShape Map = new MapShape();

    public static ParamShape Object(params (string Name, ParamShape Shape)[] children) =>
        new ObjectShape(children.ToDictionary(c => c.Name, c => c.Shape, StringComparer.Ordinal));

    public static ParamShape ArrayOf(ParamShape item) => new ArrayShape(item);

    /// <summary>Throws parameter_unknown for the first parameter the shape does not declare.</summary>
    public static void RejectUnknown(ParamShape shape, FormNode node, string path)
    {
        switch (shape, node)
        {
            case (ObjectShape o, FormObject obj):
                foreach (var (name, child) in obj.Children)
                {
                    var childPath = path.Length == 0 ? name : $"{path}[{name}]";
                    if (!o.Children.TryGetValue(name, out var childShape))
                    {
                        throw new ApiException(StripeError.Unknown(childPath));
                    }

                    RejectUnknown(childShape, child, childPath);
                }

                break;
            case (ArrayShape a, FormArray array):
                for (var i = 0; i < array.Items.Count; i++)
                {
                    RejectUnknown(a.Item, array.Items[i], $"{path}[{i}]");
                }

                break;
            case (ArrayShape a, FormObject obj) when ParamReader.AsArray(obj) is not null:
                foreach (var (index, item) in obj.Children)
                {
                    RejectUnknown(a.Item, item, $"{path}[{index}]");
                }

                break;
            case (ArrayShape, FormObject obj):
                throw new ApiException(StripeError.Invalid($"Invalid array: {path} must be an array like {path}[]=value or {path}[0][key]=value.", path));
        }
    }

    private sealed record ScalarShape : ParamShape;

    private sealed record MapShape : ParamShape;

    private sealed record ObjectShape(IReadOnlyDictionary<string, ParamShape> Children) : ParamShape;

    private sealed record ArrayShape(ParamShape Item) : ParamShape;
}
