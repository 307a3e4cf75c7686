using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Properties;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// The commands of the ledger state machine. Each changes the model as the documented rules say, runs on the target,
/// then compares the summary and the transactions with the model (<see cref="LedgerJudge"/>). Only transitions with a
/// documented effect on the ledger are generated: expiring or voiding a grant in effect, changing the expiry of one
/// that has not ended, advancing the clock forward.
/// </summary>
internal abstract class LedgerOperation : Operation<LedgerTarget, LedgerModel>
{
    public override Property Check(LedgerTarget target, LedgerModel model)
    {
        target.Watch.Run(() => LedgerJudge.Holds(target, model, Run(target, model)));
        return Prop.ToProperty(true);
    }

    /// <summary>Runs the call on the target and answers the grants whose balance it may have changed.</summary>
    protected abstract IEnumerable<int> Run(LedgerTarget target, LedgerModel model);

    protected static string Grant(int index) => $"{{grant {index}}}";
}

internal sealed class CreateLedgerGrant(LedgerGrantSpec spec) : LedgerOperation, ICreatesGrant
{
    public LedgerGrantSpec Spec => spec;

    public override bool Pre(LedgerModel model) =>
        model.Grants.Count < LedgerMachine.MaxGrants && spec.EffectiveAt > model.Now;

    public override LedgerModel Run(LedgerModel model) =>
        model with { Grants = model.Grants.Add(new LedgerGrant(spec, spec.ExpiresAt, false, false)) };

    protected override IEnumerable<int> Run(LedgerTarget target, LedgerModel model)
    {
        var response = target.Api.CreateAsync(spec.ToParams(target.Customer, target.RunId, target.Start))
            .GetAwaiter().GetResult();
        Require.That(response, [
            Expect.Status(200),
            Expect.Field("/effective_at", target.Start + spec.EffectiveAt),
            Expect.Field("/expires_at", target.Start + spec.ExpiresAt),
        ]);
        target.Ids.Add(response.Json!["id"]!.ToString());
        return [target.Ids.Count - 1];
    }

    public override string ToString() => ApiOperation.Create.Describe() + " " + spec;
}

/// <summary>A command on one grant of the sequence, named by its index among the grants created so far.</summary>
internal abstract class LedgerGrantOperation(int index)
    : LedgerOperation, IOnGrant<Operation<LedgerTarget, LedgerModel>>
{
    public int Index => index;

    public abstract Operation<LedgerTarget, LedgerModel> On(int grant);

    protected LedgerModel Changed(LedgerModel model, Func<LedgerGrant, LedgerGrant> change) =>
        model with { Grants = model.Grants.SetItem(Index, change(model.Grants[Index])) };
}

internal sealed class UpdateLedgerExpiry(int index, long? expiresAt) : LedgerGrantOperation(index)
{
    public long? ExpiresAt => expiresAt;

    public override Operation<LedgerTarget, LedgerModel> On(int grant) => new UpdateLedgerExpiry(grant, expiresAt);

    // A new expiry lies after the clock's time and the grant's effective_at; clearing it is always documented.
    public override bool Pre(LedgerModel model) =>
        Index < model.Grants.Count
        && model.Grants[Index].LiveAt(model.Now)
        && (expiresAt is null || (expiresAt > model.Now && expiresAt > model.Grants[Index].Spec.EffectiveAt));

    public override LedgerModel Run(LedgerModel model) => Changed(model, g => g with { ExpiresAt = expiresAt });

    protected override IEnumerable<int> Run(LedgerTarget target, LedgerModel model)
    {
        var response = target.Api.UpdateAsync(target.Ids[Index], new()
        {
            ["expires_at"] = expiresAt is { } at ? (object)(target.Start + at) : "",
        }).GetAwaiter().GetResult();
        Require.That(response, [Expect.Status(200), Expect.Field("/expires_at", target.Start + expiresAt)]);
        return [Index];
    }

    public override string ToString() => ApiOperation.Update.Describe(Grant(Index))
        + " expires_at=" + (expiresAt is { } at ? LedgerModel.At(at) : "");
}

/// <summary>Expires or voids a grant in effect: either ends it, with its own debit.</summary>
internal sealed class EndLedgerGrant(int index, bool voids) : LedgerGrantOperation(index)
{
    public override Operation<LedgerTarget, LedgerModel> On(int grant) => new EndLedgerGrant(grant, voids);

    public override bool Pre(LedgerModel model) =>
        Index < model.Grants.Count && model.Grants[Index].AvailableAt(model.Now);

    public override LedgerModel Run(LedgerModel model) =>
        Changed(model, g => voids ? g with { Voided = true } : g with { ExpiredByCall = true });

    protected override IEnumerable<int> Run(LedgerTarget target, LedgerModel model)
    {
        var id = target.Ids[Index];
        var response = (voids ? target.Api.VoidAsync(id) : target.Api.ExpireAsync(id)).GetAwaiter().GetResult();
        Require.That(response, [Expect.Status(200)]);
        return [Index];
    }

    public override string ToString() => (voids ? ApiOperation.Void : ApiOperation.Expire).Describe(Grant(Index));
}

/// <summary>Advances the clock (strictly forward, hours at most) and polls it until ready.</summary>
internal sealed class AdvanceLedgerClock(long to) : LedgerOperation
{
    public long To => to;

    public override bool Pre(LedgerModel model) => to > model.Now;

    public override LedgerModel Run(LedgerModel model) => model with { Now = to };

    // The grants whose effective_at or expires_at the advance passed.
    protected override IEnumerable<int> Run(LedgerTarget target, LedgerModel model)
    {
        var from = target.Clock.FrozenTime - target.Start;
        target.Clock.AdvanceAsync(target.Start + to).GetAwaiter().GetResult();
        return Enumerable.Range(0, model.Grants.Count).Where(i =>
            Passed(model.Grants[i].Spec.EffectiveAt, from) || Passed(model.Grants[i].ExpiresAt, from));
    }

    private bool Passed(long? time, long from) => time > from && time <= to;

    public override string ToString() =>
        ApiOperation.AdvanceTestClock.Describe("{clock}") + " frozen_time=" + LedgerModel.At(to);
}
