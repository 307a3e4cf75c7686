using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Faults;

/// <summary>Where a fault reaches into the server: the seam object that implements it.</summary>
public abstract record FaultSeam
{
    internal abstract void AddTo(ServerSeams seams);
}

/// <summary>Changes how rules apply: off, another limit, another measure, or unchanged answers.</summary>
internal sealed record RuleSeam(IReadOnlyList<RuleAdjustment> Adjustments) : FaultSeam
{
    internal override void AddTo(ServerSeams seams) => seams.RuleAdjustments.AddRange(Adjustments);
}

/// <summary>A refusal Stripe does not make, checked before a list's own rules.</summary>
internal sealed record AddedRuleSeam(AddedRule Rule) : FaultSeam
{
    internal override void AddTo(ServerSeams seams) => seams.AddedRules.Add(Rule);
}

/// <summary>Rewrites a JSON answer (by operation) before it is written: the serializer seam.</summary>
internal sealed record ResponseSeam(Func<string, JsonObject, JsonObject> Mutate) : FaultSeam
{
    internal override void AddTo(ServerSeams seams) => seams.ResponseMutations.Add(Mutate);
}

internal sealed record StoreSeam(Func<ICreditGrantStore, ICreditGrantStore> Decorate) : FaultSeam
{
    internal override void AddTo(ServerSeams seams) => seams.StoreDecorators.Add(Decorate);
}

internal sealed record IdempotencySeam(Func<IIdempotencyStore, IIdempotencyStore> Decorate) : FaultSeam
{
    internal override void AddTo(ServerSeams seams) => seams.IdempotencyDecorators.Add(Decorate);
}

internal sealed record PagingSeam(Func<IListPaging, IListPaging> Decorate) : FaultSeam
{
    internal override void AddTo(ServerSeams seams) => seams.PagingDecorators.Add(Decorate);
}

/// <summary>Wraps the service registered as <see cref="Service"/> (test clocks, the ledger, the summary).</summary>
internal sealed record ServiceSeam(Type Service, Func<object, object> Decorate) : FaultSeam
{
    internal override void AddTo(ServerSeams seams) => seams.ServiceDecorators.Add(this);
}

/// <summary>A middleware at the edge of the server, at a stage of its pipeline.</summary>
internal sealed record EdgeSeam(EdgeStage Stage, Func<HttpContext, RequestDelegate, Task> Invoke) : FaultSeam
{
    internal override void AddTo(ServerSeams seams) => seams.EdgeHooks.Add(this);
}

/// <summary>A step of the edge pipeline left out.</summary>
internal sealed record SkippedEdgeSeam(EdgeStep Step) : FaultSeam
{
    internal override void AddTo(ServerSeams seams) => seams.SkippedSteps.Add(Step);
}

internal sealed record CombinedSeam(IReadOnlyList<FaultSeam> Parts) : FaultSeam
{
    internal override void AddTo(ServerSeams seams)
    {
        foreach (var part in Parts)
        {
            part.AddTo(seams);
        }
    }
}

/// <summary>
/// Where in the edge pipeline a fault's middleware runs: before authentication, or just before the endpoint.
/// </summary>
public enum EdgeStage
{
    BeforeAuthentication,
    BeforeEndpoint,
}

public enum EdgeStep
{
    Authentication,
}
