using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Faults;

/// <summary>
/// The seams of one server instance, filled by the faults it was started with (none: every seam passes through). The
/// host composes the rule book, the stores, the paging and the edge from them; the JSON writer asks them to mutate
/// answers.
/// </summary>
public sealed class ServerSeams : IResponseSeam
{
    internal List<RuleAdjustment> RuleAdjustments { get; } = [];

    internal List<AddedRule> AddedRules { get; } = [];

    internal List<Func<string, JsonObject, JsonObject>> ResponseMutations { get; } = [];

    internal List<Func<ICreditGrantStore, ICreditGrantStore>> StoreDecorators { get; } = [];

    internal List<Func<IIdempotencyStore, IIdempotencyStore>> IdempotencyDecorators { get; } = [];

    internal List<Func<IListPaging, IListPaging>> PagingDecorators { get; } = [];

    internal List<EdgeSeam> EdgeHooks { get; } = [];

    internal HashSet<EdgeStep> SkippedSteps { get; } = [];

    internal List<ServiceSeam> ServiceDecorators { get; } = [];

    /// <summary>
    /// The seams of the named faults of <see cref="FaultCatalogue"/>; an unknown name is an error that lists the known
    /// ones.
    /// </summary>
    public static ServerSeams For(IEnumerable<string> faultNames)
    {
        var names = faultNames.ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => FaultCatalogue.All.All(f => f.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            var known = string.Join(", ", FaultCatalogue.All.Select(f => f.Name));
            throw new ArgumentException($"Unknown fault(s): {string.Join(", ", unknown)}. Known faults: {known}.");
        }

        var seams = new ServerSeams();
        foreach (var fault in FaultCatalogue.All.Where(f => names.Contains(f.Name)))
        {
            fault.Seam.AddTo(seams);
        }

        return seams;
    }

    public RuleBook RuleBook(bool lenient) => new(lenient, RuleAdjustments, AddedRules);

    public JsonObject MutateResponse(string operation, JsonObject body) =>
        ResponseMutations.Aggregate(body, (current, mutate) => mutate(operation, current));

    public ICreditGrantStore Decorate(ICreditGrantStore store) =>
        StoreDecorators.Aggregate(store, (inner, decorate) => decorate(inner));

    public IIdempotencyStore Decorate(IIdempotencyStore store) =>
        IdempotencyDecorators.Aggregate(store, (inner, decorate) => decorate(inner));

    public IListPaging Decorate(IListPaging paging) =>
        PagingDecorators.Aggregate(paging, (inner, decorate) => decorate(inner));

    /// <summary>A service of the clock and ledger features, wrapped by the decorators faults give its type.</summary>
    public T DecorateService<T>(T service)
        where T : class =>
        ServiceDecorators.Where(d => d.Service == typeof(T))
            .Aggregate(service, (inner, seam) => (T)seam.Decorate(inner));

    public IEnumerable<Func<HttpContext, RequestDelegate, Task>> Edge(EdgeStage stage) =>
        EdgeHooks.Where(h => h.Stage == stage).Select(h => h.Invoke);

    public bool Skips(EdgeStep step) => SkippedSteps.Contains(step);
}
