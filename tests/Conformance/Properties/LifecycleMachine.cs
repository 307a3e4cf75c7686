using CreditGrantConformance.Suite.Properties;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// FsCheck's state machine over the six operations: each generated sequence starts from a fresh customer and an empty
/// model; only commands the documented rules cover for the current model are generated.
/// </summary>
internal sealed class LifecycleMachine(Func<LifecycleTarget> start) : Machine<LifecycleTarget, LifecycleModel>(12)
{
    public override Arbitrary<Setup<LifecycleTarget, LifecycleModel>> Setup =>
        Arb.ToArbitrary(Gen.Constant<Setup<LifecycleTarget, LifecycleModel>>(new LifecycleSetup(start)));

    public override Gen<Operation<LifecycleTarget, LifecycleModel>> Next(LifecycleModel model)
    {
        var grants = Enumerable.Range(0, model.Grants.Count).ToArray();
        var active = grants.Where(i => !model.Grants[i].Expired && !model.Grants[i].Voided).ToArray();
        var expirable = grants.Where(i => ExpireOperation.Expirable(model.Grants[i])).ToArray();
        var choices = new List<(int, Gen<Operation<LifecycleTarget, LifecycleModel>>)>
        {
            (model.Grants.Count < 6 ? 4 : 0, GrantGenerators.Valid.Select(Op<GrantSpec>(s => new CreateOperation(s)))),
            (2, Gen.Choose(1, 4).Select(Op<int>(l => new ListOperation(l)))),
        };
        if (grants.Length > 0)
        {
            choices.Add((2, Gen.Elements(grants).Select(Op<int>(i => new RetrieveOperation(i)))));
        }

        if (active.Length > 0)
        {
            choices.Add((3, Gen.Elements(active).SelectMany(i => GrantGenerators
                .Update(model.Grants[i].Spec with
                {
                    Metadata = [.. model.Grants[i].Metadata.OrderBy(m => m.Key, StringComparer.Ordinal)],
                })
                .Select(u => (Operation<LifecycleTarget, LifecycleModel>)new UpdateOperation(i, u)))));
            choices.Add((1, Gen.Elements(active).Select(Op<int>(i => new VoidOperation(i)))));
        }

        if (expirable.Length > 0)
        {
            choices.Add((1, Gen.Elements(expirable).Select(Op<int>(i => new ExpireOperation(i)))));
        }

        return Gen.Frequency(choices.Where(c => c.Item1 > 0).ToArray());
    }

    /// <summary>
    /// FsCheck shrinks a failing sequence by leaving commands out; the requests of the commands left are shrunk too
    /// (metadata, name, optional fields), so a counterexample shows only the part of a request that matters. FsCheck
    /// drops a shrunk sequence whose preconditions no longer hold.
    /// </summary>
    public override IEnumerable<FSharpList<Operation<LifecycleTarget, LifecycleModel>>> ShrinkOperations(
        FSharpList<Operation<LifecycleTarget, LifecycleModel>> operations) =>
        GrantSequences.Shrinks(base.ShrinkOperations(operations), operations, Smaller);

    private static IEnumerable<Operation<LifecycleTarget, LifecycleModel>> Smaller(
        Operation<LifecycleTarget, LifecycleModel> command) => command switch
    {
        CreateOperation create => Shrinks.Of(create.Spec).Select(s => (Operation<LifecycleTarget, LifecycleModel>)
            new CreateOperation(s)),
        UpdateOperation update => Shrinks.Of(update.Update).Select(u => (Operation<LifecycleTarget, LifecycleModel>)
            new UpdateOperation(update.Index, u)),
        _ => [],
    };

    private static Func<T, Operation<LifecycleTarget, LifecycleModel>> Op<T>(Func<T, LifecycleOperation> make) =>
        v => make(v);

    private sealed class LifecycleSetup(Func<LifecycleTarget> start) : Setup<LifecycleTarget, LifecycleModel>
    {
        public override LifecycleTarget Actual() => start();

        public override LifecycleModel Model() => LifecycleModel.Empty;

        public override string ToString() => "a new customer, no grants";
    }
}
