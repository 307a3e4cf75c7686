using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>The rules every operation applies to its parameters, checked under the operation's name.</summary>
public static class ParamRules
{
    public static readonly Rule<(ParamShape Shape, FormObject Params)> KnownParameters = new(
        "params.known", Provenance.Spec,
        "every request schema of the OpenAPI spec has additionalProperties: false; "
            + "Stripe answers parameter_unknown (observed)",
        (request, _) => ParamShape.FirstUnknown(request.Shape, request.Params, ""));

    public static readonly Rule<(IReadOnlyList<string> Paths, string[] Expandable)> ExpandablePaths =
        Rule.Refuse<(IReadOnlyList<string> Paths, string[] Expandable)>(
        "expand.expandable", Provenance.Observed,
        "expanding a field that is not expandable answers 400 'This property cannot be expanded' (observed); "
            + "lists expand data.<field>",
        request => Unexpandable(request) is not null,
        request => StripeError.Invalid($"This property cannot be expanded ({Unexpandable(request)}).", "expand"));

    /// <summary>
    /// Checks the parameters and the expand paths of an operation; answers the paths it will expand. With
    /// <paramref name="expandable"/> null, expand[] is not checked and nothing is expanded.
    /// </summary>
    public static IReadOnlyList<string> Check(
        RuleBook rules,
        string operation,
        ParamShape shape,
        FormObject parameters,
        string[]? expandable)
    {
        rules.Check(KnownParameters, (shape, parameters), operation);
        if (expandable is null)
        {
            return [];
        }

        var paths = ParamReader.ExpandPaths(parameters);
        rules.Check(ExpandablePaths, (paths, expandable), operation);
        return paths.Where(p => expandable.Contains(p, StringComparer.Ordinal)).ToList();
    }

    private static string? Unexpandable((IReadOnlyList<string> Paths, string[] Expandable) request) =>
        request.Paths.FirstOrDefault(p => !request.Expandable.Contains(p, StringComparer.Ordinal));
}
