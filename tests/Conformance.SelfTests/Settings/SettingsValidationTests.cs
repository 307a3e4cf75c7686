using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Settings;

public sealed class SettingsValidationTests
{
    private static IEnumerable<TestCaseData> InvalidSettings()
    {
        // Fake live keys are spelled in two parts so that no scanner takes them for leaked secrets.
        yield return Case("live secret key",
            new() { [SettingNames.ApiKey] = "sk_live_" + "abcdefgh" },
            SettingNames.ApiKey, "live-mode key");
        yield return Case("live restricted key",
            new() { [SettingNames.ApiKey] = "rk_live_" + "abcdefgh" },
            SettingNames.ApiKey, "live-mode key");
        yield return Case("publishable key",
            new() { [SettingNames.ApiKey] = "pk_test_abc" },
            SettingNames.ApiKey, "sk_test_");
        yield return Case("key missing for a remote target",
            new() { [SettingNames.BaseUrl] = "https://api.stripe.com" },
            SettingNames.ApiKey, "not set");
        yield return Case("relative url",
            new() { [SettingNames.BaseUrl] = "localhost:12111" },
            SettingNames.BaseUrl, "absolute http(s) URL");
        yield return Case("ftp url",
            new() { [SettingNames.BaseUrl] = "ftp://127.0.0.1" },
            SettingNames.BaseUrl, "absolute http(s) URL");
        yield return Case("url with credentials",
            new() { [SettingNames.BaseUrl] = "http://user:pw@127.0.0.1" },
            SettingNames.BaseUrl, "without query or credentials");
        yield return Case("unknown profile",
            new() { [SettingNames.Profile] = "partial" },
            SettingNames.Profile, "stateful, stateless");
        yield return Case("numeric profile",
            new() { [SettingNames.Profile] = "1" },
            SettingNames.Profile, "stateful, stateless");
        yield return Case("unknown strictness",
            new() { [SettingNames.Strictness] = "lenient" },
            SettingNames.Strictness, "documented, assumed");
        yield return Case("rate not a number",
            new() { [SettingNames.MaxRequestsPerSecond] = "fast" },
            SettingNames.MaxRequestsPerSecond, "between 0 and 10000");
        yield return Case("rate zero",
            new() { [SettingNames.MaxRequestsPerSecond] = "0" },
            SettingNames.MaxRequestsPerSecond, "between 0 and 10000");
        yield return Case("rate above Stripe's test-mode limit",
            new()
            {
                [SettingNames.BaseUrl] = "https://api.stripe.com",
                [SettingNames.ApiKey] = "sk_test_x",
                [SettingNames.MaxRequestsPerSecond] = "30",
            },
            SettingNames.MaxRequestsPerSecond, "test-mode limit");
        yield return Case("seed not a number",
            new() { [SettingNames.Seed] = "abc" },
            SettingNames.Seed, "whole number");
        yield return Case("timeout out of range",
            new() { [SettingNames.TimeoutSeconds] = "0" },
            SettingNames.TimeoutSeconds, "between 1 and 600");
        yield return Case("driver against a remote target",
            new()
            {
                [SettingNames.BaseUrl] = "http://127.0.0.1:12111",
                [SettingNames.ApiKey] = "sk_test_x",
                [SettingNames.Driver] = "node drivers/node/stripe-driver.mjs",
            },
            SettingNames.Driver, "embedded reference server");
        yield return Case("record not a boolean",
            new() { [SettingNames.Record] = "yes" },
            SettingNames.Record, "true or false");
        yield return Case("missing known-gap file",
            new() { [SettingNames.Expectations] = "no/such/file.json" },
            SettingNames.Expectations, "does not exist");
    }

    [TestCaseSource(nameof(InvalidSettings))]
    public void Invalid_settings_stop_the_run_with_a_message_naming_the_variable(
        Dictionary<string, string> environment,
        string variable,
        string hint)
    {
        var error = Assert.Throws<SettingsException>(() =>
            SettingsLoader.Load(name => environment.GetValueOrDefault(name), _ => null, Path.GetTempPath()));

        Assert.That(
            error!.Message,
            Does.Contain(variable).And.Contain(hint).And.Contain(SettingsException.InvalidSettings));
    }

    [Test]
    public void Every_problem_is_listed_at_once()
    {
        var environment = new Dictionary<string, string>
        {
            [SettingNames.Profile] = "x",
            [SettingNames.Seed] = "y",
            [SettingNames.ApiKey] = "sk_live_" + "zzzzzzzz",
        };

        var error = Assert.Throws<SettingsException>(() =>
            SettingsLoader.Load(name => environment.GetValueOrDefault(name), _ => null, Path.GetTempPath()));

        Assert.That(error!.Problems, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_live_key_is_never_echoed_in_full()
    {
        var error = Assert.Throws<SettingsException>(() => SettingsLoader.Load(
            n => n == SettingNames.ApiKey ? "sk_live_" + "secretsecret" : null,
            _ => null,
            Path.GetTempPath()));

        Assert.That(error!.Message, Does.Not.Contain("secretsecret"));
    }

    private static TestCaseData Case(
        string name,
        Dictionary<string, string> environment,
        string variable,
        string hint) =>
        new TestCaseData(environment, variable, hint).SetName($"Invalid settings: {name}");
}
