using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Concurrency;

namespace CreditGrantConformance.SelfTests.Concurrency;

/// <summary>
/// The judge of racing writes on small histories: what some serial order explains passes, whatever the order the
/// answers came in; what none explains (a lost update) does not.
/// </summary>
public sealed class SerialOrdersTests
{
    private const long Expiry = 2_000_000_000;
    private const long Now = 1_900_000_000;
    private static readonly RacingWrite Update = RacingWrite.Update("race_trial", "1");
    private static readonly RacingWrite Void = RacingWrite.Void();
    private static readonly RacingWrite Expire = RacingWrite.Expire();
    private static readonly GrantView Created = GrantView.Of(Grant(Expiry, null, false));

    [Test]
    public void Writes_applied_one_after_another_are_explained_whatever_order_they_answered_in()
    {
        var applied = new[]
        {
            (Expire, Answer(200, Grant(Now, Now, true))),
            (Update, Answer(200, Grant(Expiry, null, true))),
            (Void, Answer(200, Grant(Expiry, Now, true))),
        };

        var order = SerialOrders.Explain(Created, applied, GrantView.Of(Grant(Now, Now, true)));

        Assert.That(order?.Select(w => w.Name), Is.EqualTo((string[])["update", "void", "expire"]));
    }

    [Test]
    public void Writes_that_each_answered_the_grant_as_if_alone_are_not_explained()
    {
        var applied = new[]
        {
            (Update, Answer(200, Grant(Expiry, null, true))),
            (Void, Answer(200, Grant(Expiry, Now, false))),
            (Expire, Answer(200, Grant(Now, null, false))),
        };

        var order = SerialOrders.Explain(Created, applied, GrantView.Of(Grant(Expiry, null, true)));

        Assert.That(order, Is.Null);
    }

    [Test]
    public void A_final_grant_that_lost_a_write_is_not_explained()
    {
        var applied = new[]
        {
            (Void, Answer(200, Grant(Expiry, Now, false))),
            (Update, Answer(200, Grant(Expiry, Now, true))),
        };

        var order = SerialOrders.Explain(Created, applied, GrantView.Of(Grant(Expiry, null, true)));

        Assert.That(order, Is.Null);
    }

    private static JsonObject Grant(long expiresAt, long? voidedAt, bool updated) => new()
    {
        ["id"] = "credgr_test_1",
        ["expires_at"] = expiresAt,
        ["voided_at"] = voidedAt,
        ["metadata"] = updated ? new JsonObject { ["race_trial"] = "1" } : new JsonObject(),
    };

    private static StripeResponse Answer(int status, JsonObject body) => new(
        status,
        [],
        body.ToJsonString(),
        new Exchange
        {
            Operation = ApiOperation.Update,
            Method = "POST",
            Url = "http://127.0.0.1/v1/billing/credit_grants/credgr_test_1",
            Path = "/v1/billing/credit_grants/credgr_test_1",
            Query = "",
            RequestHeaders = [],
            StartedAt = DateTimeOffset.UnixEpoch,
            Duration = TimeSpan.Zero,
            Attempt = 1,
        },
        1);
}
