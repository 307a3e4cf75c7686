using System.Globalization;
using System.Text.Json.Nodes;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>The vocabulary of expectations. Checks combine them; <see cref="ResponseAssertions.Should"/> evaluates them all at once.</summary>
public static class Expect
{
    public static Expectation Status(int status) => new(
        $"HTTP {status}",
        r => r.StatusCode == status ? null : $"expected HTTP {status}, got {r.StatusCode}");

    /// <summary>A Stripe error envelope: <c>{"error":{"type":…,"code":…,"param":…}}</c>. Null code or param are not checked.</summary>
    public static Expectation Error(string type, string? param = null, string? code = null) => new(
        $"error type {type}" + (param is null ? "" : $", param {param}") + (code is null ? "" : $", code {code}"),
        r =>
        {
            if (r.Json?["error"] is not JsonObject error)
            {
                return "expected a {\"error\": {...}} envelope, got none";
            }

            var problems = new List<string>();
            Compare(error, "type", type, problems);
            if (param is not null)
            {
                Compare(error, "param", param, problems);
            }

            if (code is not null)
            {
                Compare(error, "code", code, problems);
            }

            if (error["message"] is not JsonValue message || string.IsNullOrWhiteSpace(message.ToString()))
            {
                problems.Add("error.message is missing or empty");
            }

            return problems.Count == 0 ? null : string.Join("; ", problems);
        });

    /// <summary>The value at a JSON pointer equals the expected JSON value (<c>null</c> means JSON null).</summary>
    public static Expectation Field(string pointer, JsonNode? expected) => new(
        $"{pointer} = {Show(expected)}",
        r =>
        {
            if (!JsonPointer.TryGet(r.Json, pointer, out var actual))
            {
                return $"{pointer} is absent; expected {Show(expected)}";
            }

            return JsonNode.DeepEquals(actual, expected) ? null : $"{pointer}: expected {Show(expected)}, got {Show(actual)}";
        });

    /// <summary>The value at a JSON pointer satisfies a predicate, described for the failure message.</summary>
    public static Expectation FieldIs(string pointer, string description, Func<JsonNode?, bool> predicate) => new(
        $"{pointer} {description}",
        r => JsonPointer.TryGet(r.Json, pointer, out var actual) && predicate(actual)
            ? null
            : $"{pointer}: expected {description}, got {(JsonPointer.TryGet(r.Json, pointer, out var a) ? Show(a) : "nothing (absent)")}");

    public static Expectation Header(string name, Func<string, bool>? predicate = null, string? description = null) => new(
        $"header {name}" + (description is null ? "" : " " + description),
        r => r.Header(name) switch
        {
            null => $"header {name} is missing",
            var value when predicate is not null && !predicate(value) => $"header {name}: expected {description}, got '{value}'",
            _ => null,
        });

    public static string Show(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    public static long? Long(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<long>(out var l) ? l
        : node is JsonValue d && d.TryGetValue<double>(out var x) && x == Math.Floor(x) ? (long)x
        : null;

    private static void Compare(JsonObject error, string field, string expected, List<string> problems)
    {
        var actual = error[field]?.ToString();
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"error.{field}: expected '{expected}', got {(actual is null ? "nothing" : $"'{actual}'")}"));
        }
    }
}
