using System.Globalization;
using System.Text.Json.Nodes;
using CreditGrantConformance.Compare.Runs;
using CreditGrantConformance.Results.Json;

namespace CreditGrantConformance.Compare.Diff;

/// <summary>
/// Compares the answers of one pair of exchanges: status, content type, the shape of the body (fields present in one
/// and not the other, type and nullability) and the values meaningful across runs, echoes of the request included.
/// </summary>
public sealed class ExchangeDiff(
    string checkId,
    RecordedExchange a,
    RecordedExchange b,
    RunWindow windowA,
    RunWindow windowB)
{
    private static readonly HashSet<string> Meaningful =
        new(StringComparer.Ordinal) { "object", "livemode", "url", "has_more" };
    private static readonly HashSet<string> ErrorFields = new(StringComparer.Ordinal) { "type", "code", "param" };

    private readonly EchoedValues sentA = new(a.Form);
    private readonly EchoedValues sentB = new(b.Form);
    private readonly List<Divergence> found = [];

    // A list of the whole account holds whatever other checks (running alongside) and earlier runs left in it at that
    // moment: its items and has_more are not the check's own, so only the list's type, object and url are compared.
    private readonly bool accountWide =
        a.Json?["object"]?.ToString() == "list" && !a.Form.Any(p => p.Key == "customer");

    public IReadOnlyList<Divergence> Compare()
    {
        if (a.Status != b.Status)
        {
            Add("status", DivergenceKind.Status, Status(a.Status), Status(b.Status));
        }

        if (a.MediaType != b.MediaType)
        {
            Add("content-type", DivergenceKind.ContentType, a.MediaType, b.MediaType);
        }

        if (a.Json is not null && b.Json is not null)
        {
            Walk("", "", "", a.Json, b.Json);
        }
        else if ((a.Json is null) != (b.Json is null))
        {
            Add(
                "body",
                DivergenceKind.Type,
                a.Json is null ? "not JSON" : "JSON",
                b.Json is null ? "not JSON" : "JSON");
        }

        return found;
    }

    private void Walk(string pointer, string field, string parent, JsonNode? x, JsonNode? y)
    {
        if (TypeOf(x) != TypeOf(y))
        {
            TypesOnly(pointer, x, y);
            return;
        }

        switch (x, y)
        {
            case (JsonObject objA, JsonObject objB):
                foreach (var (key, value) in objA)
                {
                    var child = Child(pointer, key);
                    if (objB.TryGetPropertyValue(key, out var other) && accountWide && pointer.Length == 0
                        && key is "data" or "has_more")
                    {
                        TypesOnly(child, value, other);
                    }
                    else if (objB.TryGetPropertyValue(key, out other))
                    {
                        Walk(child, key, field, value, other);
                    }
                    else
                    {
                        Add(child, DivergenceKind.Missing, JsonText.Short(value), "absent");
                    }
                }

                foreach (var (key, value) in objB.Where(p => !objA.ContainsKey(p.Key)))
                {
                    Add(Child(pointer, key), DivergenceKind.Extra, "absent", JsonText.Short(value));
                }

                break;
            case (JsonArray arrayA, JsonArray arrayB):
                for (var i = 0; i < Math.Max(arrayA.Count, arrayB.Count); i++)
                {
                    if (i >= arrayB.Count)
                    {
                        Add($"{pointer}/{i}", DivergenceKind.Missing, JsonText.Short(arrayA[i]), "absent");
                    }
                    else if (i >= arrayA.Count)
                    {
                        Add($"{pointer}/{i}", DivergenceKind.Extra, "absent", JsonText.Short(arrayB[i]));
                    }
                    else
                    {
                        Walk($"{pointer}/{i}", field, parent, arrayA[i], arrayB[i]);
                    }
                }

                break;
            default:
                Leaf(pointer, field, parent, x, y);
                break;
        }
    }

    private void TypesOnly(string pointer, JsonNode? x, JsonNode? y)
    {
        if (TypeOf(x) != TypeOf(y))
        {
            Add(pointer, DivergenceKind.Type, TypeOf(x), TypeOf(y));
        }
    }

    private void Leaf(string pointer, string field, string parent, JsonNode? x, JsonNode? y)
    {
        if (sentA.Echoes(pointer, x))
        {
            if (!sentB.Echoes(pointer, y))
            {
                var sent = sentB.SentAt(pointer) is { } value
                    ? $" (sent {Normalise.Text(value, windowB)})"
                    : " (not sent)";
                Add(
                    pointer,
                    DivergenceKind.Echo,
                    $"{Normalise.Value(field, x, windowA)} (echoed)",
                    Normalise.Value(field, y, windowB) + sent);
            }

            return;
        }

        if (Meaningful.Contains(field) || (ErrorFields.Contains(field) && parent == "error"))
        {
            var (valueA, valueB) = (Normalise.Value(field, x, windowA), Normalise.Value(field, y, windowB));
            if (valueA != valueB)
            {
                Add(pointer, DivergenceKind.Value, valueA, valueB);
            }
        }
    }

    private void Add(string path, DivergenceKind kind, string valueA, string valueB) =>
        found.Add(new Divergence(checkId, a.Operation, a.Index, a.Describe(), path, kind, valueA, valueB));

    private static string Status(int status) =>
        status == 0 ? "no answer" : status.ToString(CultureInfo.InvariantCulture);

    private static string TypeOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => ShapeSnapshot.Of(node).ToString(),
    };

    private static string Child(string pointer, string key) =>
        pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
