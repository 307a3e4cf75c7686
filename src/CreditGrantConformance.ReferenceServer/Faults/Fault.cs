using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Faults.Seams;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Faults;

/// <summary>
/// A realistic way a Stripe-like server goes wrong, switched on only by the server's configuration: its name, the
/// operation it touches, what it breaks, and the seam that implements it (built with the factories below). An aspect
/// that starts with "limit" or "edge" marks a fault of a limit or an edge, which only the checks aimed at it may catch.
/// </summary>
public sealed record Fault(string Name, string Operation, string Aspect, string Description, FaultSeam Seam)
{
    public static FaultSeam DisableRules(string? operation, params Rule[] rules) =>
        Adjust(operation, s => s with { Mode = RuleMode.Off }, rules);

    public static FaultSeam DisableRule(Rule rule, string? operation = null) => DisableRules(operation, rule);

    /// <summary>One rule off in each of several operations (and in no other).</summary>
    public static FaultSeam DisableRuleIn(Rule rule, params string[] operations) =>
        Combine([.. operations.Select(operation => DisableRule(rule, operation))]);

    /// <summary>
    /// The list rules of one operation (<see cref="PageRules"/>) whose names end as given, off in that operation.
    /// </summary>
    public static FaultSeam DisablePageRules(string operation, string noun, params string[] endings) =>
        DisableRules(
            operation,
            [.. PageRules.For(operation, noun).Rules
                .Where(r => endings.Any(e => r.Name.EndsWith(e, StringComparison.Ordinal)))]);

    /// <summary>
    /// The rule applies with another limit (an off-by-one bound, or another default), in one operation or all.
    /// </summary>
    public static FaultSeam SwapLimit(Rule rule, long limit, string? operation = null) =>
        Adjust(operation, s => s with { Limit = limit }, [rule]);

    public static FaultSeam CountLengths(TextMeasure measure, params Rule[] rules) =>
        Adjust(null, s => s with { Measure = measure }, rules);

    /// <summary>A broken rule answers 200 with the object unchanged instead of refusing.</summary>
    public static FaultSeam ForgiveRule(Rule rule) => Adjust(null, s => s with { Mode = RuleMode.Unchanged }, [rule]);

    public static FaultSeam AddRule<T>(RuleList<T> list, Rule<T> rule) =>
        new AddedRuleSeam(new AddedRule(list.Name, rule));

    public static FaultSeam MutateResponse(Func<string, JsonObject, JsonObject> mutate) => new ResponseSeam(mutate);

    /// <summary>
    /// Mutates every grant in the answers of the given operations (all when none are given), lists included.
    /// </summary>
    public static FaultSeam MutateGrants(Action<JsonObject> mutate, params string[] operations) =>
        new ResponseSeam((operation, body) =>
        {
            if (operations.Length == 0 || operations.Contains(operation))
            {
                var grants = body["object"]?.GetValue<string>() == "list"
                    ? body["data"]!.AsArray().OfType<JsonObject>()
                    : [body];
                foreach (var grant in grants.Where(g => g["object"]?.GetValue<string>() == "billing.credit_grant"))
                {
                    mutate(grant);
                }
            }

            return body;
        });

    /// <summary>
    /// Mutates the inner object of every error envelope of the given operations (all when none are given).
    /// </summary>
    public static FaultSeam MutateErrors(Action<JsonObject> mutate, params string[] operations) =>
        new ResponseSeam((operation, body) =>
        {
            if (body["error"] is JsonObject error && (operations.Length == 0 || operations.Contains(operation)))
            {
                mutate(error);
            }

            return body;
        });

    /// <summary>Changes the headers of the answers <paramref name="which"/> selects, as they start.</summary>
    public static FaultSeam ChangeHeaders(Func<HttpResponse, bool> which, Action<HttpResponse> change) =>
        AtEdge(EdgeStage.BeforeAuthentication, EdgeHooks.AsResponseStarts(r =>
        {
            if (which(r))
            {
                change(r);
            }
        }));

    public static FaultSeam DecorateStore(Func<ICreditGrantStore, ICreditGrantStore> decorate) =>
        new StoreSeam(decorate);

    public static FaultSeam DecorateIdempotency(Func<IIdempotencyStore, IIdempotencyStore> decorate) =>
        new IdempotencySeam(decorate);

    public static FaultSeam DecoratePaging(Func<IListPaging, IListPaging> decorate) => new PagingSeam(decorate);

    /// <summary>Decorates a service of the clock and ledger features, found by its interface.</summary>
    public static FaultSeam DecorateService<T>(Func<T, T> decorate)
        where T : class =>
        new ServiceSeam(typeof(T), service => decorate((T)service));

    public static FaultSeam AtEdge(EdgeStage stage, Func<HttpContext, RequestDelegate, Task> invoke) =>
        new EdgeSeam(stage, invoke);

    public static FaultSeam SkipEdge(EdgeStep step) => new SkippedEdgeSeam(step);

    public static FaultSeam Combine(params FaultSeam[] parts) => new CombinedSeam(parts);

    private static RuleSeam Adjust(string? operation, Func<RuleSetting, RuleSetting> adjust, Rule[] rules) =>
        new(rules.Select(r => new RuleAdjustment(r.Name, operation, adjust)).ToList());
}
