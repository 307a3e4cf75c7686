namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// Smaller versions of a request, so that a failure is reported on the least a request needs to show it.
/// </summary>
public static class Shrinks
{
    public static IEnumerable<GrantSpec> Of(GrantSpec spec)
    {
        foreach (var metadata in Smaller(spec.Metadata))
        {
            yield return spec with { Metadata = metadata };
        }

        if (spec.Name is not null)
        {
            yield return spec with { Name = null };
            if (Shorter(spec.Name) is { } name)
            {
                yield return spec with { Name = name };
            }
        }

        if (spec.Priority is not null)
        {
            yield return spec with { Priority = null };
        }

        if (spec.Category is not null)
        {
            yield return spec with { Category = null };
        }

        if (spec.Prices is not null)
        {
            yield return spec with { Prices = null };
        }

        if (spec.EffectiveAt is not null)
        {
            yield return spec with { EffectiveAt = null };
        }

        if (spec.ExpiresAt is not null)
        {
            yield return spec with { ExpiresAt = null };
        }

        if (spec.Value != 1000)
        {
            yield return spec with { Value = 1000 };
        }

        if (spec.Currency != "usd")
        {
            yield return spec with { Currency = "usd" };
        }
    }

    public static IEnumerable<UpdateSpec> Of(UpdateSpec update)
    {
        if (update.ExpiresAt is not null)
        {
            yield return update with { ExpiresAt = null };
        }

        foreach (var metadata in Smaller(update.Metadata))
        {
            yield return update with { Metadata = metadata };
        }
    }

    /// <summary>
    /// No metadata, then either half (so 50 keys shrink in a few steps, not 50), then each key left out in turn.
    /// </summary>
    private static IEnumerable<IReadOnlyList<KeyValuePair<string, string>>> Smaller(
        IReadOnlyList<KeyValuePair<string, string>> metadata)
    {
        if (metadata.Count == 0)
        {
            yield break;
        }

        yield return [];
        if (metadata.Count > 3)
        {
            var half = metadata.Count / 2;
            yield return metadata.Take(half).ToList();
            yield return metadata.Skip(half).ToList();
        }

        for (var i = 0; i < metadata.Count && metadata.Count > 1; i++)
        {
            yield return metadata.Where((_, j) => j != i).ToList();
        }

        // Values cut to their first character, when that is not what the case is about (FsCheck keeps a shrink only
        // while the case still fails, so a failure that needs a long value keeps it).
        if (metadata.Any(m => Shorter(m.Value) is not null))
        {
            yield return metadata.Select(m => KeyValuePair.Create(m.Key, Shorter(m.Value) ?? m.Value)).ToList();
        }

        // Keys cut the same way, while they stay distinct (two keys cut to one would be another request).
        var keys = metadata.Select(m => Shorter(m.Key) ?? m.Key).ToList();
        if (metadata.Any(m => Shorter(m.Key) is not null)
            && keys.Distinct(StringComparer.Ordinal).Count() == keys.Count)
        {
            yield return metadata.Select((m, i) => KeyValuePair.Create(keys[i], m.Value)).ToList();
        }
    }

    /// <summary>The text's first character (a whole one: an emoji stays whole), or null when it is no longer.</summary>
    private static string? Shorter(string text)
    {
        var first = text.Length == 0 ? "" : System.Globalization.StringInfo.GetNextTextElement(text);
        return first.Length < text.Length ? first : null;
    }
}
