using System.Globalization;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Text;
using CreditGrantConformance.Suite.Concurrency;
using CreditGrantConformance.Suite.Failures;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.Concurrency;

/// <summary>
/// Requests sent at once: what a client meets when it retries before its first attempt has answered, or when two
/// workers change one grant. Both checks tolerate any interleaving the target chooses; only an outcome no serial
/// execution gives fails them (docs/concurrency.md).
/// </summary>
public sealed class ConcurrencyTests : CreditGrantTest
{
    // Fixed, not a setting: a run must not pass by turning them down. Three trials meet a race whose window is narrow
    // on most targets; ten sends keep a burst within a live test-mode account's 25 writes a second.
    private const int Trials = 3;
    private const int SameKeySends = 10;
    private const long Day = 86_400;

    [Check("concurrency.same_key_at_once_creates_one_grant", Provenance.Documented, Categories.Concurrency,
        "The same create sent 10 times at once under one Idempotency-Key creates one grant: every answer is that "
        + "grant or a refusal that saves nothing (409 idempotency_key_in_use, 429), never a second grant",
        Sources.IdempotencyConcurrent, RequiresState = true)]
    public async Task The_same_create_sent_at_once_under_one_key_creates_one_grant()
    {
        RequireRawHttp();
        for (var trial = 1; trial <= Trials; trial++)
        {
            var customer = await CreateCustomerAsync();
            var request = GrantRequests.Minimal(customer, Settings.RunId);
            var key = "conformance-burst-" + Guid.NewGuid().ToString("N");

            var answers = await Burst.AtOnceAsync(Enumerable.Range(0, SameKeySends)
                .Select(_ => (Func<Task<StripeResponse>>)(() => Api.CreateAsync(request.DeepClone(), key))));
            // Room for every send's grant, away from the limit's edge (100) that only the limit checks judge.
            var listed = await Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 2 * SameKeySends });

            listed.Should(Expect.Status(200));
            var ids = listed.Json!["data"]!.AsArray().Select(g => g!["id"]!.ToString()).ToList();
            if (SameKeyAnswers.Problem(answers, ids) is { } problem)
            {
                throw new CheckFailedException(
                    $"Trial {trial} of {Trials}: {SameKeySends} identical creates sent at once with one "
                        + $"Idempotency-Key: {problem}. Answers: {SameKeyAnswers.Tally(answers)}.",
                    failing: [.. answers.Select(a => a.Exchange)]);
            }
        }
    }

    [Check("concurrency.racing_writes_have_a_serial_explanation", Provenance.Documented, Categories.Concurrency,
        "An update, a void and an expire sent at once to one grant end as some serial order of the ones applied "
        + "leaves it, each applied one answering the grant as that order has it (keeping what the writes before it "
        + "did); refusals (a state, 409, 429) change nothing",
        Sources.ObjectLocks, RequiresState = true)]
    public async Task Update_void_and_expire_sent_at_once_end_as_some_serial_order_leaves_the_grant()
    {
        RequireRawHttp();
        // The seed picks the order the writes are started in, so two seeds race them differently.
        var random = new Random(Settings.Seed);
        for (var trial = 1; trial <= Trials; trial++)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var grant = await CreateGrantAsync(r => r["expires_at"] = now + (30 * Day));
            var id = grant["id"]!.ToString();
            var trialText = trial.ToString(CultureInfo.InvariantCulture);
            RacingWrite[] writes =
            [
                RacingWrite.Update("race_trial", trialText),
                RacingWrite.Void(),
                RacingWrite.Expire(),
            ];
            random.Shuffle(writes);

            var answers = await Burst.AtOnceAsync(
                writes.Select(w => (Func<Task<StripeResponse>>)(() => w.Send(Api, id))));
            var retrieved = (await Api.RetrieveAsync(id)).Should(Expect.Status(200));

            var history = writes.Zip(answers).ToList();
            Judge(trial, id, GrantView.Of(grant), history, GrantView.Of(retrieved.Json));
        }
    }

    // An SDK driver makes one call at a time (docs/driver-protocol.md): a burst through it would be a serial history,
    // which no race fault can fail, so the checks say they were not run rather than pass.
    private static void RequireRawHttp()
    {
        if (Settings.Driver is not null)
        {
            throw new NotApplicableException(
                "in SDK mode the driver makes one call at a time, so nothing can be sent at once.");
        }
    }

    private static void Judge(
        int trial,
        string id,
        GrantView start,
        IReadOnlyList<(RacingWrite Write, StripeResponse Answer)> history,
        GrantView end)
    {
        var unexplained = history.Where(h => !Refusals.Applied(h.Answer) && !Refusals.IsRefusal(h.Answer)).ToList();
        var applied = history.Where(h => Refusals.Applied(h.Answer)).ToList();
        var problem = unexplained.Count > 0
            ? "answered neither the grant nor a refusal in Stripe's error envelope: "
                + string.Join(", ", unexplained.Select(h => $"{h.Write.Name} {Refusals.Describe(h.Answer)}"))
            : SerialOrders.Explain(start, applied, end) is null
                ? $"no serial order of the {Plural.Of(applied.Count, "write")} applied "
                    + $"({string.Join(", ", applied.Select(h => h.Write.Name))}) explains their answers "
                    + "and the grant retrieved after them"
                : null;
        if (problem is null)
        {
            return;
        }

        var lines = history.Select(h => $"  {h.Write.Name} answered " + (Refusals.Applied(h.Answer)
            ? GrantView.Of(h.Answer.Json).ToString()
            : Refusals.Describe(h.Answer)));
        throw new CheckFailedException(
            $"Trial {trial} of {Trials}: update, void and expire sent at once to {id}: {problem}."
                + $"{Environment.NewLine}  created: {start}{Environment.NewLine}"
                + string.Join(Environment.NewLine, lines)
                + $"{Environment.NewLine}  retrieved: {end}",
            failing: [.. history.Select(h => h.Answer.Exchange)]);
    }
}
