using CreditGrantConformance.Client;

namespace CreditGrantConformance.Checks.CrossCutting;

public sealed class IdempotencyTests : CreditGrantTest
{
    [Check("idempotency.replay_returns_the_first_response", Provenance.Documented, Categories.Idempotency,
        "A retry with the same Idempotency-Key returns the saved status and body, marked Idempotent-Replayed: true",
        Sources.IdempotencyLowLevel, RequiresState = true)]
    public async Task A_replayed_create_returns_the_same_status_and_body_marked_replayed()
    {
        var request = await ValidGrantAsync();
        var key = NewKey();

        var first = await Api.CreateAsync(request, key);
        var replay = await Api.CreateAsync(request.DeepClone(), key);

        first.Should(Expect.Status(200));
        replay.Should(
            Expect.Status(200),
            Expect.Field("", first.Json!.DeepClone()),
            Expect.Header("Idempotent-Replayed", v => v == "true", "true"));
    }

    [Check("idempotency.replay_creates_nothing_new", Provenance.Documented, Categories.Idempotency,
        "Idempotency lets a request be retried without performing the same operation twice", Sources.Idempotency,
        RequiresState = true)]
    public async Task A_replayed_create_does_not_create_a_second_grant()
    {
        var customer = await CreateCustomerAsync();
        var request = await ValidGrantAsync();
        request["customer"] = customer;
        var key = NewKey();

        await Api.CreateAsync(request, key);
        await Api.CreateAsync(request.DeepClone(), key);
        var listed = await Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 10 });

        listed.Should(Expect.Status(200), Expect.Grants(1));
    }

    [Check("idempotency.key_reuse_with_other_parameters_is_rejected", Provenance.Observed, Categories.Idempotency,
        "Reusing a key with different parameters answers 400 idempotency_error "
        + "('Keys for idempotent requests can only be used with the same parameters')",
        Sources.ObservedIdempotencyMismatch, RequiresState = true)]
    public async Task Reusing_a_key_with_other_parameters_answers_400_idempotency_error()
    {
        var request = await ValidGrantAsync();
        var key = NewKey();
        (await Api.CreateAsync(request, key)).Should(Expect.Status(200));
        request.SetPath("amount[monetary][value]", 2000);

        var reuse = await Api.CreateAsync(request, key);

        reuse.Should(Expect.Status(400), Expect.Error("idempotency_error"));
    }

    [Check("idempotency.rejected_request_is_not_saved", Provenance.Documented, Categories.Idempotency,
        "Results are saved only once the endpoint starts executing: "
        + "a request that failed validation can be retried with the same key", Sources.Idempotency,
        RequiresState = true)]
    public async Task A_key_first_used_by_a_rejected_request_still_creates_when_the_request_is_fixed()
    {
        var request = await ValidGrantAsync();
        var key = NewKey();
        var broken = request.DeepClone();
        broken.RemovePath("amount");
        (await Api.CreateAsync(broken, key)).Should(Expect.Status(400));

        var fixedRequest = await Api.CreateAsync(request, key);

        // Not "no Idempotent-Replayed header": if the answer is lost and the client retries, Stripe rightly replays it.
        fixedRequest.Should(Expect.Status(200), Expect.Field("/object", "billing.credit_grant"));
    }

    private static string NewKey() => "conformance-" + Guid.NewGuid().ToString("N");
}
