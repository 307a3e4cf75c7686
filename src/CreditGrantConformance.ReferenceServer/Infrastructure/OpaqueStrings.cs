using System.Text.Json.Nodes;
namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// What Stripe may change without a new API version (https://docs.stripe.com/upgrades, "Backward-compatible
/// changes"): the format of object ids and request ids, human-readable messages, the order of properties and new
/// properties. The faithful server writes Stripe's current forms; the opaque variant (<c>--opaque-variant</c>) changes
/// every one of them, so a suite that holds targets only to what Stripe promises passes against it.
/// </summary>
public sealed class OpaqueStrings(ReferenceServerOptions options)
{
    /// <summary>The property the opaque variant adds to every object it answers.</summary>
    public const string ExtraProperty = "opaque_variant_extra";

    private bool Variant => options.OpaqueVariant;

    // Up to 255 characters, without the object's fixed prefix ("adding or removing fixed prefixes").
    public string Id(string faithful) =>
        Variant ? "cg2-" + RequestIds.Random(251) : faithful;

    public string RequestId() => Variant ? Guid.NewGuid().ToString("D") : RequestIds.New();

    public string Message(string message) => Variant ? "(reworded) " + message.ToUpperInvariant() : message;

    /// <summary>The list's url: the variant answers a longer url starting with the list's path.</summary>
    public string ListUrl(string path) => Variant ? path + "?opaque_variant=1" : path;

    /// <summary>
    /// The answer as written: the variant reverses the order of every object's properties and adds one property to
    /// every API object (those with an <c>object</c> field) and to an error.
    /// </summary>
    public JsonObject Reshape(JsonObject body) => Variant ? Reversed(body) : body;

    private static JsonNode? Reorder(JsonNode? node) => node switch
    {
        JsonObject o => Reversed(o),
        JsonArray a => new JsonArray([.. a.Select(i => Reorder(i?.DeepClone()))]),
        _ => node?.DeepClone(),
    };

    private static JsonObject Reversed(JsonObject o)
    {
        var copy = new JsonObject();
        if (o.ContainsKey("object") || (o.ContainsKey("type") && o.ContainsKey("message")))
        {
            copy[ExtraProperty] = "new properties may appear";
        }

        // Metadata is the caller's data, written as it was set.
        foreach (var (key, value) in o.Reverse())
        {
            copy[key] = key == "metadata" ? value?.DeepClone() : Reorder(value);
        }

        return copy;
    }
}
