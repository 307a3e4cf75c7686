using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Requests;
using CreditGrantConformance.Suite.Snapshots;

namespace CreditGrantConformance.Checks.CrossCutting;

/// <summary>
/// The shape of each operation's answer (fields, types, nullability) against its snapshot in fixtures/snapshots:
/// stricter than the schema, which lets optional fields be absent, because real responses carry every field.
/// </summary>
public sealed partial class ShapeSnapshotTests : ClockTest
{
    private const string Rule =
        "Real Stripe responses carry every field of their object with its type: the shape equals "
        + "fixtures/snapshots/<check id>.verified.json";

    private static IEnumerable<TestCaseData> Answers()
    {
        yield return Case(ApiOperation.Create.Label, async t => await Api.CreateAsync(await t.ValidGrantAsync()));
        yield return Case(
            ApiOperation.Retrieve.Label,
            async t => await Api.RetrieveAsync(await t.SharedGrantIdAsync()));
        yield return Case(
            ApiOperation.Update.Label,
            async t => await Api.UpdateAsync(await t.SharedGrantIdAsync(), GrantRequests.Metadata("shape", "1")));
        yield return Case(
            ApiOperation.Expire.Label,
            async t => await Api.ExpireAsync((await t.CreateGrantAsync()).Id()));
        yield return Case(ApiOperation.Void.Label, async t => await Api.VoidAsync((await t.CreateGrantAsync()).Id()));
        // A customer of its own with one fresh grant, so the listed grant does not depend on the order of the cases.
        yield return Case(ApiOperation.List.Label, async t =>
        {
            var customer = await CreateCustomerAsync();
            var grant = await t.ValidGrantAsync();
            grant["customer"] = customer;
            (await Api.CreateAsync(grant)).Should(Expect.Status(200));
            return await Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 1 });
        });
        yield return Case("errors", _ => Api.CreateAsync(new FormParams { ["colour"] = "blue" }), "an error's");
        foreach (var ledger in LedgerAnswers())
        {
            yield return ledger;
        }
    }

    [TestCaseSource(nameof(Answers))]
    [Check]
    public async Task The_answer_has_the_shape_of_its_snapshot(Func<ShapeSnapshotTests, Task<StripeResponse>> send)
    {
        var response = await send(this);

        SnapshotStore.For(Settings).VerifyShapeOf(Check.Check.Id, response.Json, response.Exchange);
    }

    private static TestCaseData Case(
        string operation,
        Func<ShapeSnapshotTests, Task<StripeResponse>> send,
        string? what = null)
    {
        var id = operation + ".shape_matches_snapshot";
        var info = new CheckInfo(
            id,
            $"{what ?? operation} answer has the shape of its snapshot",
            Categories.Shape,
            Provenance.Observed,
            Rule,
            Sources.ObservedResponseFields);
        return CheckCase.Of(info, send);
    }
}
