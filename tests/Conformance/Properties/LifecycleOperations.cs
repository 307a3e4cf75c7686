using System.Collections.Immutable;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Listing;
using CreditGrantConformance.Suite.Properties;
using CreditGrantConformance.Suite.Requests;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// The commands of the lifecycle state machine. Each changes the model as the documented rules say, then runs on the
/// target and compares everything the target answers with the model. Transitions whose answer is undocumented (void
/// twice, expire twice, void after expire, changing an inactive grant, expiring a grant not yet in effect) are never
/// generated: the model stays documented.
/// </summary>
internal abstract class LifecycleOperation : Operation<LifecycleTarget, LifecycleModel>
{
    public override Property Check(LifecycleTarget target, LifecycleModel model)
    {
        target.Watch.Run(() => Run(target, model));
        return Prop.ToProperty(true);
    }

    protected abstract void Run(LifecycleTarget target, LifecycleModel model);

    protected static void Matches(
        StripeResponse response,
        LifecycleTarget target,
        ModelGrant grant,
        int index,
        string pointer = "")
    {
        var metadata = new JsonObject(grant.Metadata
            .SetItem(RunTag.Key, target.RunId)
            .Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value)));
        Require.That(response, [
            Expect.Status(200),
            Expect.Field(pointer + "/id", target.Ids[index]),
            Expect.Field(pointer + "/metadata", metadata),
            Expect.Field(pointer + "/expires_at", grant.Expired ? target.ExpiredAt[index] : grant.ExpiresAt),
            Expect.Field(pointer + "/voided_at", grant.Voided ? target.VoidedAt[index] : null),
            Expect.Field(pointer + "/amount/monetary/value", grant.Spec.Value),
            Expect.Field(pointer + "/category", grant.Spec.Category ?? "paid"),
        ]);
    }

    /// <summary>How a sequence names the grant an index points at, in place of the id the target gave it.</summary>
    protected static string Grant(int index) => $"{{grant {index}}}";

    protected static long Long(StripeResponse response, string field) => Expect.Long(response.Json?[field]) ?? 0;
}

internal sealed class CreateOperation(GrantSpec spec) : LifecycleOperation, ICreatesGrant
{
    public GrantSpec Spec => spec;

    public override bool Pre(LifecycleModel model) => model.Grants.Count < 6;

    public override LifecycleModel Run(LifecycleModel model)
    {
        var metadata = spec.Metadata.ToImmutableDictionary(m => m.Key, m => m.Value);
        return model with { Grants = model.Grants.Add(new ModelGrant(spec, metadata, spec.ExpiresAt, false, false)) };
    }

    protected override void Run(LifecycleTarget target, LifecycleModel model)
    {
        var response = target.Api.CreateAsync(spec.ToParams(target.Customer, target.RunId)).GetAwaiter().GetResult();
        Require.That(response, [Expect.Status(200), .. spec.Echo(target.Customer, target.RunId)]);
        target.Ids.Add(response.Json!["id"]!.ToString());
    }

    public override string ToString() => ApiOperation.Create.Describe() + " " + spec;
}

/// <summary>A command on one grant of the sequence, named by its index among the grants created so far.</summary>
internal abstract class GrantOperation(int index)
    : LifecycleOperation, IOnGrant<Operation<LifecycleTarget, LifecycleModel>>
{
    public int Index => index;

    public abstract GrantOperation On(int grant);

    Operation<LifecycleTarget, LifecycleModel> IOnGrant<Operation<LifecycleTarget, LifecycleModel>>.On(int grant) =>
        On(grant);

    /// <summary>
    /// Judges the answer of a transition (expire, void) that stamps <paramref name="field"/> now: about now, kept in
    /// <paramref name="stamps"/> as the target chose it (the model cannot know it), then the whole grant as the model
    /// has it.
    /// </summary>
    protected void Stamped(
        Task<StripeResponse> call,
        string field,
        Dictionary<int, long> stamps,
        LifecycleTarget target,
        LifecycleModel model)
    {
        var response = call.GetAwaiter().GetResult();
        Require.That(response, [Expect.Status(200), Expect.FieldIs("/" + field, "about now", Clock.IsNow)]);
        stamps[Index] = Long(response, field);
        Matches(response, target, model.Grants[Index], Index);
    }
}

internal sealed class UpdateOperation(int index, UpdateSpec update) : GrantOperation(index)
{
    public override GrantOperation On(int grant) => new UpdateOperation(grant, update);

    public UpdateSpec Update => update;

    // Shrinking may drop the commands an update was generated after; it must still fit the 50-key limit (tag included).
    public override bool Pre(LifecycleModel model) =>
        Index < model.Grants.Count
        && !model.Grants[Index].Voided
        && !model.Grants[Index].Expired
        && Run(model).Grants[Index].Metadata.Count < 50;

    public override LifecycleModel Run(LifecycleModel model)
    {
        var grant = model.Grants[Index];
        var metadata = update.Metadata.Aggregate(
            grant.Metadata,
            (m, c) => c.Value.Length == 0 ? m.Remove(c.Key) : m.SetItem(c.Key, c.Value));
        var expires = update.ExpiresAt switch
        {
            null => grant.ExpiresAt,
            -1 => null,
            var at => at,
        };
        return model with
        {
            Grants = model.Grants.SetItem(Index, grant with { Metadata = metadata, ExpiresAt = expires }),
        };
    }

    protected override void Run(LifecycleTarget target, LifecycleModel model) =>
        Matches(
            target.Api.UpdateAsync(target.Ids[Index], update.ToParams()).GetAwaiter().GetResult(),
            target,
            model.Grants[Index],
            Index);

    public override string ToString() => ApiOperation.Update.Describe(Grant(Index)) + " " + update;
}

internal sealed class ExpireOperation(int index) : GrantOperation(index)
{
    public override GrantOperation On(int grant) => new ExpireOperation(grant);

    public override bool Pre(LifecycleModel model) => Index < model.Grants.Count && Expirable(model.Grants[Index]);

    /// <summary>
    /// Not expired, and in effect (created without effective_at; the generated ones lie far ahead): what expiring a
    /// grant before its effective_at does (refused, or an expires_at before effective_at) is undocumented.
    /// </summary>
    public static bool Expirable(ModelGrant grant) => !grant.Expired && grant.Spec.EffectiveAt is null;

    public override LifecycleModel Run(LifecycleModel model) =>
        model with { Grants = model.Grants.SetItem(Index, model.Grants[Index] with { Expired = true }) };

    protected override void Run(LifecycleTarget target, LifecycleModel model) =>
        Stamped(target.Api.ExpireAsync(target.Ids[Index]), "expires_at", target.ExpiredAt, target, model);

    public override string ToString() => ApiOperation.Expire.Describe(Grant(Index));
}

internal sealed class VoidOperation(int index) : GrantOperation(index)
{
    public override GrantOperation On(int grant) => new VoidOperation(grant);

    public override bool Pre(LifecycleModel model) =>
        Index < model.Grants.Count && !model.Grants[Index].Voided && !model.Grants[Index].Expired;

    public override LifecycleModel Run(LifecycleModel model) =>
        model with { Grants = model.Grants.SetItem(Index, model.Grants[Index] with { Voided = true }) };

    protected override void Run(LifecycleTarget target, LifecycleModel model) =>
        Stamped(target.Api.VoidAsync(target.Ids[Index]), "voided_at", target.VoidedAt, target, model);

    public override string ToString() => ApiOperation.Void.Describe(Grant(Index));
}

internal sealed class RetrieveOperation(int index) : GrantOperation(index)
{
    public override GrantOperation On(int grant) => new RetrieveOperation(grant);

    public override bool Pre(LifecycleModel model) => Index < model.Grants.Count;

    public override LifecycleModel Run(LifecycleModel model) => model;

    protected override void Run(LifecycleTarget target, LifecycleModel model) =>
        Matches(
            target.Api.RetrieveAsync(target.Ids[Index]).GetAwaiter().GetResult(),
            target,
            model.Grants[Index],
            Index);

    public override string ToString() => ApiOperation.Retrieve.Describe(Grant(Index));
}

internal sealed class ListOperation(int limit) : LifecycleOperation
{
    public override LifecycleModel Run(LifecycleModel model) => model;

    // Every page at once: in SDK mode the SDK's own auto-paging walks them (credit_grants.list_all), so its paging
    // logic is under test; over plain HTTP the suite walks them with starting_after. Order is judged by created second
    // only, since grants created within one second have no documented order.
    protected override void Run(LifecycleTarget target, LifecycleModel model)
    {
        var response = target.Api
            .ListAllAsync(new FormParams { ["customer"] = target.Customer, ["limit"] = limit })
            .GetAwaiter()
            .GetResult();
        Require.That(response, [Expect.Status(200)]);
        var data = response.Json?["data"] as JsonArray ?? [];
        for (var i = 0; i < data.Count; i++)
        {
            var index = target.Ids.IndexOf(data[i]?["id"]?.ToString() ?? "");
            if (index < 0)
            {
                throw new PropertyFailedException(
                    $"The list holds {data[i]?["id"]}, which this sequence never created.");
            }

            Matches(response, target, model.Grants[index], index, $"/data/{i}");
        }

        var seen = ListedGrant.From(data);
        if ((ListOrder.Coverage(target.Ids, seen.Select(g => g.Id).ToList())
            ?? ListOrder.Violation(seen)) is { } problem)
        {
            throw new PropertyFailedException($"Walking the list with limit {limit}: {problem}.");
        }
    }

    public override string ToString() =>
        ApiOperation.List.Describe() + $"?customer={{customer}}&limit={limit} (every page)";
}
