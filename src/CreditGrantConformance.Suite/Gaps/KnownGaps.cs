using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditGrantConformance.Suite.Gaps;

/// <summary>
/// The known-gap file of a target (<c>CONFORMANCE_EXPECTATIONS</c>), in the spirit of json-everything's keyed ignore
/// list: <c>{"gaps":[{"check":"list.limit_is_honoured","reason":"…","expires":"2027-06-30"}]}</c>. A trailing
/// <c>*</c> matches every check id with that prefix.
/// </summary>
public sealed class KnownGaps
{
    private readonly ConcurrentDictionary<KnownGap, bool> used = new();

    private KnownGaps(string source, IReadOnlyList<KnownGap> entries)
    {
        Source = source;
        Entries = entries;
    }

    public static KnownGaps None { get; } = new("(no known-gap file)", []);

    public string Source { get; }

    public IReadOnlyList<KnownGap> Entries { get; }

    /// <summary>Entries that no check of this run matched: stale, mistyped or filtered out.</summary>
    public IReadOnlyList<KnownGap> Unused => Entries.Where(e => !used.ContainsKey(e)).ToList();

    public KnownGap? Find(string checkId)
    {
        var gap = Entries.FirstOrDefault(e => e.Matches(checkId));
        if (gap is not null)
        {
            used.TryAdd(gap, true);
        }

        return gap;
    }

    /// <summary>Reads and validates a file; every problem is listed with the entry it is in.</summary>
    public static KnownGaps Load(string path, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var entries = new List<KnownGap>();
        problems = found;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            found.Add($"Known-gap file {path} is not valid JSON: {ex.Message}");
            return None;
        }

        if (root?["gaps"] is not JsonArray gaps)
        {
            found.Add(
                $"Known-gap file {path} must be an object with a \"gaps\" array "
                + $"of {{\"check\", \"reason\", \"expires\"?}} entries.");
            return None;
        }

        for (var i = 0; i < gaps.Count; i++)
        {
            var entry = gaps[i];
            var check = (entry?["check"] as JsonValue)?.GetValue<string>();
            var reason = (entry?["reason"] as JsonValue)?.GetValue<string>();
            var expires = (entry?["expires"] as JsonValue)?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(check) || string.IsNullOrWhiteSpace(reason))
            {
                found.Add($"Known-gap file {path}, gaps[{i}]: every entry needs a \"check\" id and a \"reason\".");
                continue;
            }

            DateOnly? date = null;
            if (expires is not null)
            {
                if (!DateOnly.TryParseExact(
                    expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    found.Add(
                        $"Known-gap file {path}, gaps[{i}] ({check}): "
                        + $"\"expires\" must be a date like 2027-06-30; got '{expires}'.");
                    continue;
                }

                date = parsed;
            }

            entries.Add(new KnownGap(check, reason, date));
        }

        return new KnownGaps(path, entries);
    }
}
