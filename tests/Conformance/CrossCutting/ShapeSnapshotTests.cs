using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Fixtures;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Snapshots;

namespace CreditGrantConformance.Checks.CrossCutting;

/// <summary>
/// The shape of each operation's answer (fields, types, nullability) against its snapshot in fixtures/snapshots:
/// stricter than the schema, which lets optional fields be absent, because real responses carry every field.
/// </summary>
public sealed class ShapeSnapshotTests : CreditGrantTest
{
    private static IEnumerable<TestCaseData> Answers()
    {
        yield return Case(Operations.Create, async t => await Api.CreateAsync(await t.ValidGrantAsync()));
        yield return Case(Operations.Retrieve, async t => await Api.RetrieveAsync(await t.SharedGrantIdAsync()));
        yield return Case(Operations.Update, async t => await Api.UpdateAsync(await t.SharedGrantIdAsync(), new FormParams { ["metadata"] = new FormParams { ["shape"] = "1" } }));
        yield return Case(Operations.Expire, async t => await Api.ExpireAsync((await t.CreateGrantAsync()).Id()));
        yield return Case(Operations.Void, async t => await Api.VoidAsync((await t.CreateGrantAsync()).Id()));
        // A customer of its own with one fresh grant, so the listed grant does not depend on the order of the cases.
        yield return Case(Operations.List, async t =>
        {
            var customer = await CreateCustomerAsync();
            var grant = await t.ValidGrantAsync();
            grant["customer"] = customer;
            (await Api.CreateAsync(grant)).Should(Expect.Status(200));
            return await Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 1 });
        });
        yield return Case("errors", _ => Api.CreateAsync(new FormParams { ["colour"] = "blue" }));
    }

    [TestCaseSource(nameof(Answers))]
    [Check("errors.shape_matches_snapshot", Provenance.Observed, Categories.Shape,
        "Real Stripe responses carry every field of their object (reference notes on the spec excerpt): the shape must equal fixtures/snapshots/<check id>.verified.json")]
    public async Task The_answer_has_the_shape_of_its_snapshot(string checkId, Func<ShapeSnapshotTests, Task<StripeResponse>> send)
    {
        var response = await send(this);

        SnapshotStore.For(Settings).Verify(checkId, ShapeSnapshot.Of(response.Json));
    }

    private static TestCaseData Case(string operation, Func<ShapeSnapshotTests, Task<StripeResponse>> send)
    {
        var id = operation + ".shape_matches_snapshot";
        return new TestCaseData(id, send).SetName($"{operation} / shape matches its snapshot").SetCategory(operation).SetProperty(CheckAttribute.IdProperty, id);
    }
}
