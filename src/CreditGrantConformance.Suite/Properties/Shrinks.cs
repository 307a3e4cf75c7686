namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// Smaller versions of a request, so that a failure is reported on the least a request needs to show it.
/// </summary>
internal static class Shrinks
{
    public static IEnumerable<GrantSpec> Of(GrantSpec spec)
    {
        if (spec.Metadata.Count > 0)
        {
            yield return spec with { Metadata = [] };
            for (var i = 0; i < spec.Metadata.Count && spec.Metadata.Count > 1; i++)
            {
                yield return spec with { Metadata = spec.Metadata.Where((_, j) => j != i).ToList() };
            }
        }

        if (spec.Name is not null)
        {
            yield return spec with { Name = null };
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

        if (update.Metadata.Count > 0)
        {
            yield return update with { Metadata = [] };
            for (var i = 0; i < update.Metadata.Count && update.Metadata.Count > 1; i++)
            {
                yield return update with { Metadata = update.Metadata.Where((_, j) => j != i).ToList() };
            }
        }
    }
}
