using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// FsCheck's state machine over a test clock's customer: creates (effective after the clock's time, in one of two
/// currencies), expiry changes, expires, voids and clock advances. Each sequence starts from a new clock and customer;
/// only commands whose effect on the ledger Stripe documents are generated for the current model.
/// </summary>
internal sealed class LedgerMachine(Func<LedgerTarget> start, int steps) : Machine<LedgerTarget, LedgerModel>(steps)
{
    public const int MaxGrants = 5;

    public override Arbitrary<Setup<LedgerTarget, LedgerModel>> Setup =>
        Arb.ToArbitrary(Gen.Constant<Setup<LedgerTarget, LedgerModel>>(new LedgerSetup(start)));

    public override Gen<Operation<LedgerTarget, LedgerModel>> Next(LedgerModel model)
    {
        var live = Enumerable.Range(0, model.Grants.Count).Where(i => model.Grants[i].LiveAt(model.Now)).ToArray();
        var available = model.AvailableGrants.ToArray();
        var choices = new List<(int, Gen<Operation<LedgerTarget, LedgerModel>>)>
        {
            (model.Grants.Count < MaxGrants ? 4 : 0, LedgerGrantSpec.After(model.Now).Select(Op<LedgerGrantSpec>(s =>
                new CreateLedgerGrant(s)))),
            // Half past an hour, one to four hours on: never at a grant's time, always forward, far within two years.
            (3, Gen.Choose(1, 4).Select(Op<int>(h =>
                new AdvanceLedgerClock((model.Now / LedgerModel.Hour * LedgerModel.Hour) + (h * LedgerModel.Hour)
                    + (LedgerModel.Hour / 2))))),
        };
        if (live.Length > 0)
        {
            choices.Add((2, Gen.Elements(live).SelectMany(i => Gen.Frequency(
                    (1, Gen.Constant<long?>(null)),
                    (3, Gen.Choose(1, 4).Select(h => (long?)(LedgerGrantSpec.NextHour(
                        Math.Max(model.Now, model.Grants[i].Spec.EffectiveAt)) + ((h - 1) * LedgerModel.Hour)))))
                .Select(at => (Operation<LedgerTarget, LedgerModel>)new UpdateLedgerExpiry(i, at)))));
        }

        if (available.Length > 0)
        {
            choices.Add((2, Gen.Elements(available).SelectMany(i => Gen.Elements(false, true)
                .Select(Op<bool>(voids => new EndLedgerGrant(i, voids))))));
        }

        return Gen.Frequency(choices.Where(c => c.Item1 > 0).ToArray());
    }

    /// <summary>
    /// A failing sequence shrinks by leaving a command out (FsCheck's own), a grant out with every command on it, and
    /// by smaller creates; an advance shrinks to an earlier time. FsCheck drops a shrunk sequence whose preconditions
    /// no longer hold.
    /// </summary>
    public override IEnumerable<FSharpList<Operation<LedgerTarget, LedgerModel>>> ShrinkOperations(
        FSharpList<Operation<LedgerTarget, LedgerModel>> operations) =>
        GrantSequences.Shrinks(base.ShrinkOperations(operations), operations, Smaller);

    private static IEnumerable<Operation<LedgerTarget, LedgerModel>> Smaller(
        Operation<LedgerTarget, LedgerModel> command) => command switch
    {
        CreateLedgerGrant create => create.Spec.Shrinks().Select(Op<LedgerGrantSpec>(s => new CreateLedgerGrant(s))),
        UpdateLedgerExpiry { ExpiresAt: not null } update => [new UpdateLedgerExpiry(update.Index, null)],
        AdvanceLedgerClock { To: > LedgerModel.Hour } advance =>
            [new AdvanceLedgerClock(advance.To - LedgerModel.Hour)],
        _ => [],
    };

    private static Func<T, Operation<LedgerTarget, LedgerModel>> Op<T>(Func<T, LedgerOperation> make) =>
        v => make(v);

    private sealed class LedgerSetup(Func<LedgerTarget> start) : Setup<LedgerTarget, LedgerModel>
    {
        public override LedgerTarget Actual() => start();

        public override LedgerModel Model() => LedgerModel.Empty;

        public override string ToString() => "a new test clock at {clock} and a customer on it, no grants";
    }
}
