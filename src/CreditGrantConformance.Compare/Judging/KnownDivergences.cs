using System.Globalization;
using System.Text.Json.Nodes;
using CreditGrantConformance.Compare.Diff;
using CreditGrantConformance.Compare.Runs;

namespace CreditGrantConformance.Compare.Judging;

/// <summary>
/// The divergences a comparison accepts, in the spirit of the known-gap files:
/// <c>{"divergences":[{"check":"list.*","path":"/data/0/customer","reason":"…","expires":"2027-06-30"}]}</c>.
/// A matched divergence is reported as known and does not fail; an entry that matches nothing, or has expired, is
/// warned about, and an expired entry excuses nothing.
/// </summary>
public sealed class KnownDivergences(IReadOnlyList<KnownDivergence> entries, DateOnly today)
{
    private readonly HashSet<KnownDivergence> used = [];

    public static KnownDivergences None { get; } = new([], DateOnly.MinValue);

    public KnownDivergence? Find(Divergence divergence)
    {
        var entry = entries.FirstOrDefault(e => !e.IsExpired(today) && e.Matches(divergence));
        if (entry is not null)
        {
            used.Add(entry);
        }

        return entry;
    }

    public IEnumerable<string> Warnings() =>
        entries.Where(e => e.IsExpired(today))
            .Select(e => $"Known divergence {e.Describe()} expired on {e.Expires:yyyy-MM-dd}: it excuses nothing.")
            .Concat(entries.Where(e => !e.IsExpired(today) && !used.Contains(e))
                .Select(e => $"Known divergence {e.Describe()} matches nothing in this comparison: "
                    + "remove it, or fix its check or path."));

    public static KnownDivergences Load(string path, DateOnly today)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException($"Known-divergence file {path} does not exist.");
        }

        if (JsonFile.Read(path)?["divergences"] is not JsonArray items)
        {
            throw new BadInputException(
                $"Known-divergence file {path} must be an object with a \"divergences\" array of "
                + "{\"check\", \"path\"?, \"reason\", \"expires\"?} entries.");
        }

        return new KnownDivergences(items.Select((item, i) => Entry(item, i, path)).ToList(), today);
    }

    private static KnownDivergence Entry(JsonNode? item, int index, string path)
    {
        string? Text(string name) =>
            (item?[name] as JsonValue)?.TryGetValue<string>(out var text) == true ? text : null;
        var (check, reason, expires) = (Text("check"), Text("reason"), Text("expires"));
        if (string.IsNullOrWhiteSpace(check) || string.IsNullOrWhiteSpace(reason))
        {
            throw new BadInputException(
                $"Known-divergence file {path}, divergences[{index}]: every entry needs a \"check\" and a \"reason\".");
        }

        DateOnly? date = null;
        if (expires is not null)
        {
            date = DateOnly.TryParseExact(
                    expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new BadInputException(
                    $"Known-divergence file {path}, divergences[{index}] ({check}): "
                    + $"\"expires\" must be a date like 2027-06-30; got '{expires}'.");
        }

        return new KnownDivergence(check, Text("path"), reason, date);
    }
}
