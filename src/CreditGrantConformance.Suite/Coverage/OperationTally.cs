namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// Counts what the attempts of one operation exercised: the request side here, the answer side in
/// <see cref="AnswerTally"/>.
/// </summary>
internal sealed class OperationTally(OperationSurface surface)
{
    public OperationSurface Surface { get; } = surface;

    public int Requests { get; private set; }

    public Counter Parameters { get; } = new();

    public Counter EnumValues { get; } = new();

    public Counter LimitsAtEdge { get; } = new();

    public Counter LimitsBeyond { get; } = new();

    public Counter Expansions { get; } = new();

    public SortedSet<string> UnknownParameters { get; } = new(StringComparer.Ordinal);

    public AnswerTally Answers { get; } = new(surface.Response);

    public void Add(HarExchange exchange)
    {
        Requests++;
        var sent = new Dictionary<RequestParameter, List<(string? Key, string Value)>>();
        foreach (var (name, value) in exchange.Pairs)
        {
            if (ParameterPath.Of(name, Surface.Parameters) is not { } found)
            {
                UnknownParameters.Add(name);
                continue;
            }

            if (!sent.TryGetValue(found.Parameter, out var values))
            {
                sent[found.Parameter] = values = [];
            }

            values.Add((found.MapKey, value));
        }

        foreach (var (parameter, values) in sent)
        {
            Parameters.Add(parameter.Path);
            Values(parameter, values);
        }

        Answers.Add(exchange);
    }

    private void Values(RequestParameter parameter, List<(string? Key, string Value)> values)
    {
        foreach (var (key, value) in values.Where(v => v.Key is null))
        {
            if (parameter.EnumValues.Contains(value))
            {
                EnumValues.Add(parameter.Path + "=" + value);
            }

            if (parameter.Path == "expand")
            {
                Expansions.Add(value);
            }
        }

        foreach (var limit in parameter.Limits)
        {
            foreach (var measured in LimitMeasure.Of(limit, values))
            {
                if (limit.IsAtEdge(measured))
                {
                    LimitsAtEdge.Add(limit.Name);
                }

                if (limit.IsBeyond(measured))
                {
                    LimitsBeyond.Add(limit.Name);
                }
            }
        }
    }
}
