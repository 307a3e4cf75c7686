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

    /// <summary>Checks the parameters and the expand paths of an operation; answers the paths it will expand.</summary>
    public static IReadOnlyList<string> Check(
        RuleBook rules,
        string operation,
        ParamShape shape,
        FormObject parameters,
        params string[] expandable)
    {
        rules.Check(KnownParameters, (shape, parameters), operation);
        var paths = ParamReader.ExpandPaths(parameters);
        rules.Check(ExpandablePaths, (paths, expandable), operation);
        return paths.Where(p => expandable.Contains(p, StringComparer.Ordinal)).ToList();
    }

    /// <summary>
    /// Reads and checks the parameters of an operation that takes nothing but expand[]: the paths it will expand.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ExpandOnlyAsync(
        HttpContext context,
        RuleBook rules,
        string operation,
        params string[] expandable) =>
        Check(rules, operation, ParamShape.ExpandOnly, await RequestParams.ReadAsync(context), expandable);

    private static string? Unexpandable((IReadOnlyList<string> Paths, string[] Expandable) request) =>
        request.Paths.FirstOrDefault(p => !request.Expandable.Contains(p, StringComparer.Ordinal));
}
