using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// What a handler is given: the label of its endpoint's operation (its rules are checked under it), the request's
/// parameters and the paths of expand[] it will expand.
/// </summary>
public sealed record OperationRequest(string Operation, FormObject Params, IReadOnlyList<string> Expand);

/// <summary>
/// The one shape of every endpoint: read the parameters, check them under the operation's label (no unknown parameter,
/// no path expand[] cannot name), let the handler apply its rules and make the object, answer it as 200 JSON. A rule
/// broken on the way throws <see cref="ApiException"/>, which <see cref="EdgeMiddleware"/> answers as Stripe's error.
/// </summary>
public static class OperationEndpoint
{
    /// <param name="context">The request: its endpoint (<see cref="OperationRoutes"/>) names the operation.</param>
    /// <param name="shape">The parameters the operation takes.</param>
    /// <param name="expandable">
    /// The paths expand[] may name (a list's are data.&lt;field&gt;); null where expand[] is taken unchecked and
    /// nothing is expanded.
    /// </param>
    /// <param name="answer">The handler: applies its rules, writes what it must, and makes the answer.</param>
    public static async Task AnswerAsync(
        this HttpContext context,
        ParamShape shape,
        string[]? expandable,
        Func<OperationRequest, JsonObject> answer)
    {
        var operation = EndpointOperation.Of(context);
        var parameters = await RequestParams.ReadAsync(context);
        var rules = context.RequestServices.GetRequiredService<RuleBook>();
        var expand = ParamRules.Check(rules, operation, shape, parameters, expandable);
        await JsonResponse.WriteAsync(context, 200, answer(new OperationRequest(operation, parameters, expand)));
    }
}
