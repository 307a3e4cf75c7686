using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Settings;

public sealed class SettingsLoaderTests
{
    private static readonly string Root = Path.GetTempPath();

    [Test]
    public void Nothing_set_targets_the_embedded_server_with_a_generated_test_key_and_defaults()
    {
        var settings = Load(new(), new());

        Assert.Multiple(() =>
        {
            Assert.That(settings.IsEmbedded, Is.True);
            Assert.That(settings.ApiKey, Does.StartWith("sk_test_"));
            Assert.That(settings.ApiKeyGenerated, Is.True);
            Assert.That(settings.Profile, Is.EqualTo(Profile.Stateful));
            Assert.That(settings.Strictness, Is.EqualTo(Strictness.Documented));
            Assert.That(settings.MaxRequestsPerSecond, Is.EqualTo(SettingsLoader.LoopbackMaxRequestsPerSecond));
            Assert.That(settings.ResultsDirectory, Is.EqualTo(Path.Combine(Root, "artifacts")));
            Assert.That(settings.TargetName, Is.EqualTo("embedded"));
            Assert.That(settings.RunId, Does.StartWith("run_"));
            Assert.That(settings.Record, Is.True, "every run records its exchanges unless told not to");
        });
    }

    // A server on the loopback interface is not Stripe: holding it to Stripe's pace made a run take 75 to 90 s.
    [TestCase("http://127.0.0.1:12111", SettingsLoader.LoopbackMaxRequestsPerSecond)]
    [TestCase("http://127.1.2.3:8080", SettingsLoader.LoopbackMaxRequestsPerSecond)]
    [TestCase("http://localhost:4010", SettingsLoader.LoopbackMaxRequestsPerSecond)]
    [TestCase("http://[::1]:12111", SettingsLoader.LoopbackMaxRequestsPerSecond)]
    [TestCase("http://10.0.0.5:12111", SettingsLoader.DefaultMaxRequestsPerSecond)]
    [TestCase("https://mock.example.com", SettingsLoader.DefaultMaxRequestsPerSecond)]
    [TestCase("https://api.stripe.com", SettingsLoader.DefaultMaxRequestsPerSecond)]
    public void Loopback_targets_default_to_the_embedded_servers_rate_limit_and_remote_ones_to_stripes(
        string baseUrl,
        double expected)
    {
        var settings = Load(new() { [SettingNames.BaseUrl] = baseUrl, [SettingNames.ApiKey] = "sk_test_x" }, new());

        Assert.That(settings.MaxRequestsPerSecond, Is.EqualTo(expected));
    }

    [TestCase("false", false)]
    [TestCase("0", false)]
    [TestCase("true", true)]
    public void Recording_is_switched_by_its_setting(string value, bool expected) =>
        Assert.That(Load(new() { [SettingNames.Record] = value }, new()).Record, Is.EqualTo(expected));

    [Test]
    public void The_environment_wins_over_runsettings_which_win_over_defaults()
    {
        var environment = new Dictionary<string, string> { [SettingNames.Profile] = "stateless" };
        var runSettings = new Dictionary<string, string>
        {
            [SettingNames.Profile] = "stateful",
            [SettingNames.MaxRequestsPerSecond] = "7",
        };

        var settings = Load(environment, runSettings);

        Assert.Multiple(() =>
        {
            Assert.That(settings.Profile, Is.EqualTo(Profile.Stateless));
            Assert.That(settings.MaxRequestsPerSecond, Is.EqualTo(7));
        });
    }

    [Test]
    public void An_empty_environment_variable_falls_back_to_runsettings()
    {
        var settings = Load(new() { [SettingNames.Seed] = " " }, new() { [SettingNames.Seed] = "42" });

        Assert.That(settings.Seed, Is.EqualTo(42));
    }

    [Test]
    public void A_base_url_is_normalised_to_end_with_a_slash()
    {
        var settings = Load(
            new() { [SettingNames.BaseUrl] = "http://127.0.0.1:12111", [SettingNames.ApiKey] = "sk_test_123" },
            new());

        Assert.Multiple(() =>
        {
            Assert.That(settings.BaseUrl, Is.EqualTo(new Uri("http://127.0.0.1:12111/")));
            Assert.That(settings.MaxRequestsPerSecond, Is.EqualTo(SettingsLoader.LoopbackMaxRequestsPerSecond));
            Assert.That(settings.TargetName, Is.EqualTo("127.0.0.1:12111"));
        });
    }

    [Test]
    public void Relative_paths_resolve_against_the_repository_root()
    {
        var settings = Load(new() { [SettingNames.ResultsDirectory] = "out/run1" }, new());

        Assert.That(settings.ResultsDirectory, Is.EqualTo(Path.GetFullPath(Path.Combine(Root, "out/run1"))));
    }

    private static ConformanceSettings Load(
        Dictionary<string, string> environment,
        Dictionary<string, string> runSettings) =>
        SettingsLoader.Load(
            name => environment.GetValueOrDefault(name),
            name => runSettings.GetValueOrDefault(name),
            Root);
}
