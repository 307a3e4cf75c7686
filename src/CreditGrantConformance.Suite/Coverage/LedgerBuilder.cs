using System.Globalization;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// Turns the tallies of a run's attempts into each operation's items, with the repository's lists applied.
/// </summary>
internal static class LedgerBuilder
{
    public static OperationCoverage Build(OperationTally tally, CoverageLists lists)
    {
        var surface = tally.Surface;
        var label = surface.Operation.Label;
        var answers = tally.Answers;
        var named = lists.Errors.GetValueOrDefault(label, []);
        var items = new Dictionary<CoverageKind, IReadOnlyList<CoverageItem>>
        {
            [CoverageKind.Parameter] = Counted(surface.Parameters.Keys, tally.Parameters),
            [CoverageKind.RequestEnumValue] = Counted(
                surface.Parameters.Values.SelectMany(p => p.EnumValues.Select(v => p.Path + "=" + v)),
                tally.EnumValues),
            [CoverageKind.Error] = [.. named.Select(e => Error(e, answers))],
            [CoverageKind.Limit] = [.. surface.Limits.Select(l => new CoverageItem(
                l.Name,
                tally.LimitsAtEdge[l.Name],
                tally.LimitsAtEdge[l.Name] > 0,
                $"at the edge {tally.LimitsAtEdge[l.Name]}, beyond it {tally.LimitsBeyond[l.Name]}"))],
            [CoverageKind.Status] = Counted(
                surface.DocumentedStatuses.Select(s => s.ToString(CultureInfo.InvariantCulture)),
                answers.Statuses),
            [CoverageKind.NullableField] = [.. surface.Response.Nullable.Distinct().Select(f => new CoverageItem(
                f,
                answers.NullSeen[f] + answers.SetSeen[f],
                answers.NullSeen[f] > 0 && answers.SetSeen[f] > 0,
                $"null {answers.NullSeen[f]}, set {answers.SetSeen[f]}"))],
            [CoverageKind.ResponseEnumValue] = Counted(
                surface.Response.Enums.SelectMany(e => e.Value.Select(v => e.Key + "=" + v)),
                answers.EnumValues),
            [CoverageKind.Expansion] = Counted(
                surface.Response.Expandable.Select(ResponseFields.ExpandValue),
                tally.Expansions),
        };
        var reachable = items.ToDictionary(
            i => i.Key,
            i => (IReadOnlyList<CoverageItem>)[.. i.Value.Select(item => item with
            {
                OutOfReach = lists.OutOfReachReason(label, i.Key, item.Name),
            })]);
        var unnamed = answers.ErrorKeys
            .Where(k => !named.Any(e => e.Matches(k.Status, k.Type, k.Code, k.Param)))
            .Select(k => NamedError.Describe(k.Status, k.Type ?? "(no type)", k.Code, k.Param))
            .Select(n => new CoverageItem(n, answers.Errors[n], true))
            .ToList();
        return new OperationCoverage(label, tally.Requests, reachable, [.. tally.UnknownParameters], unnamed);
    }

    private static List<CoverageItem> Counted(IEnumerable<string> names, Counter counter) =>
        [.. names.Distinct().Select(n => new CoverageItem(n, counter[n], counter[n] > 0))];

    private static CoverageItem Error(NamedError error, AnswerTally answers)
    {
        var count = answers.ErrorKeys
            .Where(k => error.Matches(k.Status, k.Type, k.Code, k.Param))
            .Sum(k => answers.Errors[NamedError.Describe(k.Status, k.Type ?? "(no type)", k.Code, k.Param)]);
        return new CoverageItem(error.Name, count, count > 0, error.Reason);
    }
}
