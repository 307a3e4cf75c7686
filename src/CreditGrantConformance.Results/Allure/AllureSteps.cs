using CreditGrantConformance.Client;

namespace CreditGrantConformance.Results.Allure;

/// <summary>
/// Which exchanges of a check stand as steps of their own: all of a short check; of a long one the failing ones and the
/// few before them.
/// </summary>
public static class AllureSteps
{
    public const int ShortCheck = 12;
    private const int Context = 3;

    public static HashSet<int> Shown(IReadOnlyList<Exchange> exchanges, IReadOnlySet<Exchange> failing)
    {
        if (exchanges.Count <= ShortCheck)
        {
            return Enumerable.Range(0, exchanges.Count).ToHashSet();
        }

        var shown = new HashSet<int>();
        for (var i = 0; i < exchanges.Count; i++)
        {
            if (failing.Contains(exchanges[i]) || exchanges[i].StatusCode is null)
            {
                for (var j = Math.Max(0, i - Context); j <= i; j++)
                {
                    shown.Add(j);
                }
            }
        }

        // With nothing failing, the last exchanges are the ones a reader looks at first.
        if (shown.Count == 0)
        {
            for (var j = exchanges.Count - Context; j < exchanges.Count; j++)
            {
                shown.Add(j);
            }
        }

        return shown;
    }
}
