using System.Text;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.SelfTests.Client;

public sealed class RedactorTests
{
    private const string Key = "sk_test_51AbCdEfGhIjKlMnOp";
    private static readonly string[] MaskedHeaders =
        ["Bearer " + Redactor.Mask, "Basic " + Redactor.Mask, "2026-07-29.dahlia"];
    private readonly Redactor redactor = new([Key, "custom-secret-value"]);

    [TestCase("key in a body: api_key=" + Key + "&x=1", "api_key=sk_test_[REDACTED]&x=1")]
    [TestCase("twice " + Key + " and " + Key, "twice sk_test_[REDACTED] and sk_test_[REDACTED]")]
    [TestCase("a key not given but key-shaped: rk_live_ZZZ999", "a key not given but key-shaped: rk_live_[REDACTED]")]
    [TestCase("publishable pk_test_abc", "publishable pk_test_[REDACTED]")]
    [TestCase("Authorization: Bearer something-opaque", "Authorization: Bearer [REDACTED]")]
    [TestCase("custom-secret-value in text", "[REDACTED] in text")]
    [TestCase("nothing secret here", "nothing secret here")]
    public void Secrets_are_replaced_everywhere_in_text(string text, string expected) =>
        Assert.That(redactor.Redact(text), Does.EndWith(expected));

    [Test]
    public void Authorization_headers_keep_only_their_scheme_for_bearer_and_basic()
    {
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Key + ":"));

        var headers = redactor.RedactHeaders(
        [
            KeyValuePair.Create("Authorization", "Bearer " + Key),
            KeyValuePair.Create("authorization", basic),
            KeyValuePair.Create("Stripe-Version", "2026-07-29.dahlia"),
        ]);

        Assert.That(headers.Select(h => h.Value), Is.EqualTo(MaskedHeaders));
    }

    [Test]
    public void Redacting_twice_changes_nothing_more()
    {
        var once = redactor.Redact("key " + Key);

        Assert.That(redactor.Redact(once), Is.EqualTo(once));
    }
}
