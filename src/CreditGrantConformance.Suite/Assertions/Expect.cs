using System.Globalization;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Json;
using CreditGrantConformance.Results.Text;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// The vocabulary of expectations. Checks combine them; <see cref="ResponseAssertions.Should"/> evaluates them all at
/// once.
/// </summary>
public static class Expect
{
    public static Expectation Status(int status) => new(
        $"HTTP {status}",
        r => r.StatusCode == status ? null : $"HTTP status: expected {status}, got {r.StatusCode}");

    /// <summary>
    /// A Stripe error envelope <c>{"error":{"type":…,"message":…}}</c>: documented for every error.
    /// </summary>
    public static Expectation Error(string type) => Envelope(type);

    /// <summary>
    /// The param an error names. Errors carry a param (documented); which one an endpoint names is observed.
    /// </summary>
    public static Expectation ErrorParam(string param) =>
        ErrorField("param", e => e.Param, param).As(Provenance.Observed);

    /// <summary>
    /// The code an error carries: the codes are documented, which one an endpoint answers with is observed.
    /// </summary>
    public static Expectation ErrorCode(string code, Provenance evidence = Provenance.Observed) =>
        ErrorField("code", e => e.Code, code).As(evidence);

    /// <summary>
    /// The value at a JSON pointer equals the expected JSON value (<c>null</c> means JSON null); a miss shows the
    /// difference.
    /// </summary>
    public static Expectation Field(string pointer, JsonNode? expected) => new(
        $"{pointer} = {JsonText.Short(expected)}",
        r =>
        {
            if (!PointerLookup.TryGet(r.Json, pointer, out var actual))
            {
                return $"{Name(pointer)} is absent; expected {JsonText.Short(expected)}";
            }

            if (JsonNode.DeepEquals(actual, expected))
            {
                return null;
            }

            var lines = JsonDiff.Lines(expected, actual);
            return lines.Count == 1
                ? $"{Name(pointer)}: {lines[0]}"
                : $"{Name(pointer)}: {lines[0]} (and {Plural.Of(lines.Count - 1, "more difference")})"
                    + string.Concat(lines.Skip(1).Select(l => Environment.NewLine + "    " + l));
        });

    /// <summary>The value at a JSON pointer satisfies a predicate, described for the failure message.</summary>
    public static Expectation FieldIs(string pointer, string description, Func<JsonNode?, bool> predicate) => new(
        $"{pointer} {description}",
        r => PointerLookup.TryGet(r.Json, pointer, out var actual) && predicate(actual)
            ? null
            : $"{Name(pointer)}: expected {description}, "
                + $"got {(PointerLookup.TryGet(r.Json, pointer, out var a) ? JsonText.Short(a) : "nothing (absent)")}");

    /// <summary>
    /// The value at a JSON pointer passes a judgement that says, when it does not, what is wrong with it.
    /// </summary>
    public static Expectation Satisfies(string pointer, string description, Func<JsonNode?, string?> problem) => new(
        $"{pointer} {description}",
        r => PointerLookup.TryGet(r.Json, pointer, out var actual)
            ? problem(actual) is { } wrong ? $"{Name(pointer)}: {wrong}" : null
            : $"{Name(pointer)} is absent; expected {description}");

    /// <summary>
    /// A list page holds exactly this many grants; when it does not, the failure says how many it held.
    /// </summary>
    public static Expectation Grants(int count) => Satisfies(
        "/data",
        count == 1 ? "1 grant" : $"{count} grants",
        d => d switch
        {
            JsonArray a when a.Count == count => null,
            JsonArray a => $"expected {count} grant(s), got {a.Count}",
            _ => $"expected a list of {count} grant(s), got {JsonText.Short(d)}",
        });

    /// <summary>
    /// The ids of the objects in the array at a pointer, in order; a miss names the first differing position.
    /// </summary>
    public static Expectation Ids(string pointer, IReadOnlyList<string> expected) => new(
        $"{pointer} ids in this order: {JsonText.Cut(string.Join(", ", expected), 200)}",
        r =>
        {
            var actual = PointerLookup.TryGet(r.Json, pointer, out var node) && node is JsonArray array
                ? array.Select(i => i?["id"]?.ToString() ?? "(no id)").ToList()
                : null;
            return actual is null
                ? $"{Name(pointer)}: expected an array, got {JsonText.Short(node)}"
                : Sequences.Difference(expected, actual);
        });

    /// <summary>
    /// Judged only when the target accepted the request (2xx): what an accepting target answers, when accepting is not
    /// the point.
    /// </summary>
    public static Expectation OnSuccess(Expectation expectation) =>
        expectation with { Evaluate = r => r.StatusCode is >= 200 and < 300 ? expectation.Evaluate(r) : null };

    public static Expectation Header(
        string name,
        Func<string, bool>? predicate = null,
        string? description = null) => new(
        $"header {name}" + (description is null ? "" : " " + description),
        r => r.Header(name) switch
        {
            null => $"header {name} is missing",
            var value when predicate is not null && !predicate(value)
                => $"header {name}: expected {description}, got '{value}'",
            _ => null,
        });

    public static long? Long(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<long>(out var l) ? l
        : node is JsonValue d && d.TryGetValue<double>(out var x) && x == Math.Floor(x) ? (long)x
        : null;

    private static Expectation Envelope(string type) => new(
        $"error type {type}",
        r =>
        {
            if (ApiError.FromBody(r.StatusCode, r.Json) is not { } error)
            {
                return "expected a {\"error\": {...}} envelope, got "
                    + (r.Json is null ? "no JSON" : JsonText.Short(r.Json));
            }

            var problems = new List<string>();
            if (error.Type != type)
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"error.type: expected '{type}', got {Quoted(error.Type)}"));
            }

            if (string.IsNullOrWhiteSpace(error.Message))
            {
                problems.Add("error.message is missing or empty");
            }

            return problems.Count == 0 ? null : string.Join("; ", problems);
        });

    private static Expectation ErrorField(string field, Func<ApiError, string?> read, string expected) => new(
        $"error.{field} {expected}",
        r =>
        {
            var value = ApiError.FromBody(r.StatusCode, r.Json) is { } error ? read(error) : null;
            return value == expected ? null : $"error.{field}: expected '{expected}', got {Quoted(value)}";
        });

    private static string Quoted(string? text) => text is null ? "nothing" : $"'{text}'";

    private static string Name(string pointer) => pointer.Length == 0 ? "the body" : pointer;
}
