using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditGrantConformance.Compare.Runs;

namespace CreditGrantConformance.Compare;

/// <summary>
/// Takes out of a value what differs between any two runs, so that only the target's behaviour is compared: ids the
/// target made (<c>credgr_test_…</c>, <c>cus_…</c>, <c>req_…</c>, idempotency keys), run ids, keys, ports in
/// urls, and timestamps (the integer fields named like one, and any integer inside the run's window).
/// </summary>
public static partial class Normalise
{
    public const string Time = "<time>";

    private static readonly HashSet<string> TimeFields =
        new(StringComparer.Ordinal) { "created", "updated", "effective_at", "expires_at", "voided_at" };

    /// <summary>A leaf value as compared and shown: JSON text with what always differs replaced.</summary>
    public static string Value(string field, JsonNode? value, RunWindow window) => value switch
    {
        null => "null",
        JsonValue v when v.GetValueKind() == JsonValueKind.String =>
            JsonSerializer.Serialize(Text(v.GetValue<string>(), window)),
        JsonValue v when v.TryGetValue<long>(out var number) => TimeFields.Contains(field) || window.Contains(number)
            ? Time : number.ToString(CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };

    /// <summary>
    /// Free text (a path, a url, a string value) with ids, run ids, keys, ports and in-window times replaced.
    /// </summary>
    public static string Text(string text, RunWindow? window = null)
    {
        text = RunId().Replace(text, "run_…");
        text = Key().Replace(text, "${prefix}…");
        text = Id().Replace(text, "${prefix}_…");
        text = Port().Replace(text, "");
        return window is { } w
            ? UnixTime().Replace(
                text, m => w.Contains(long.Parse(m.Value, CultureInfo.InvariantCulture)) ? Time : m.Value)
            : text;
    }

    [GeneratedRegex(@"\brun_\d{14}_[0-9a-f]{6}\b")]
    private static partial Regex RunId();

    [GeneratedRegex(@"\b(?<prefix>(?:sk|rk|pk)_(?:test|live)_)\S+")]
    private static partial Regex Key();

    // Object ids are a lower-case prefix and a long random tail; the tail's digit or capital tells it from a word.
    [GeneratedRegex(@"\b(?<prefix>[a-z]+(?:_[a-z]+)*?)_(?=[A-Za-z0-9]*[A-Z0-9])[A-Za-z0-9]{10,}\b")]
    private static partial Regex Id();

    [GeneratedRegex(@"(?<=://[^/\s:@]+):\d{1,5}\b")]
    private static partial Regex Port();

    [GeneratedRegex(@"\b\d{10}\b")]
    private static partial Regex UnixTime();
}

/// <summary>
/// The unix times (seconds) a run could have stamped: from a day before it started to a day after it ended.
/// </summary>
public readonly record struct RunWindow(long From, long To)
{
    public bool Contains(long value) => value >= From && value <= To;

    /// <summary>Empty when the summary does not say when the run took place.</summary>
    public static RunWindow Of(RunHeader run) =>
        run.StartedAt == DateTimeOffset.MinValue || run.FinishedAt == DateTimeOffset.MinValue
            ? new(1, 0)
            : new(run.StartedAt.AddDays(-1).ToUnixTimeSeconds(), run.FinishedAt.AddDays(1).ToUnixTimeSeconds());
}
