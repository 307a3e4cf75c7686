using CreditGrantConformance.Suite.Gaps;

namespace CreditGrantConformance.SelfTests.Settings;

public sealed class KnownGapsTests
{
    private string file = "";

    [SetUp]
    public void CreateFile() => file = Path.GetTempFileName();

    [TearDown]
    public void DeleteFile() => File.Delete(file);

    [Test]
    public void Entries_match_exact_ids_and_trailing_wildcards()
    {
        var gaps = Load(
            """{"gaps":[{"check":"list.limit_is_honoured","reason":"r1"},"""
                + """{"check":"idempotency.*","reason":"r2","expires":"2030-01-01"}]}""",
            out var problems);

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(gaps.Find("list.limit_is_honoured")?.Reason, Is.EqualTo("r1"));
            Assert.That(gaps.Find("idempotency.replay_returns_same_body")?.Reason, Is.EqualTo("r2"));
            Assert.That(gaps.Find("list.newest_first"), Is.Null);
        });
    }

    [Test]
    public void Entries_no_check_matched_are_reported_as_unused()
    {
        var gaps = Load("""{"gaps":[{"check":"a.b","reason":"r"},{"check":"c.d","reason":"r"}]}""", out _);

        gaps.Find("a.b");

        Assert.That(gaps.Unused.Select(g => g.Check).ToList(), Has.Count.EqualTo(1).And.Contains("c.d"));
    }

    [Test]
    public void An_entry_past_its_expiry_date_is_expired()
    {
        var gaps = Load("""{"gaps":[{"check":"a.b","reason":"r","expires":"2026-01-31"}]}""", out _);

        Assert.Multiple(() =>
        {
            Assert.That(gaps.Entries[0].IsExpired(new DateOnly(2026, 2, 1)), Is.True);
            Assert.That(gaps.Entries[0].IsExpired(new DateOnly(2026, 1, 31)), Is.False);
        });
    }

    [TestCase("not json", "not valid JSON")]
    [TestCase("""{"entries":[]}""", "\"gaps\" array")]
    [TestCase("""{"gaps":[{"check":"a.b"}]}""", "gaps[0]")]
    [TestCase("""{"gaps":[{"check":"a.b","reason":"r","expires":"next year"}]}""", "2027-06-30")]
    public void A_malformed_file_is_reported_with_the_entry_to_fix(string content, string hint)
    {
        Load(content, out var problems);

        Assert.That(problems, Has.Some.Contain(hint));
    }

    [TestCase("stripe-mock.json")]
    [TestCase("prism.json")]
    public void The_shipped_files_are_valid(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fixtures", "expectations", name);

        KnownGaps.Load(path, out var problems);

        Assert.That(problems, Is.Empty);
    }

    private KnownGaps Load(string content, out IReadOnlyList<string> problems)
    {
        File.WriteAllText(file, content);
        return KnownGaps.Load(file, out problems);
    }
}
