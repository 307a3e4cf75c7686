using System.Text.Json.Nodes;
using CreditGrantConformance.Compare;
using CreditGrantConformance.Compare.Output;
using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>What a user of the comparison meets first: its help, a run that never started, and long values.</summary>
public sealed class CommandLineTests
{
    private const string GrantsPath = "/v1/billing/credit_grants";

    [TestCase("--help")]
    [TestCase("-h")]
    public void Help_prints_the_usage_and_exits_0(string option)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CompareCommand.Run([option], output, error);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output.ToString(), Does.StartWith("usage:").And.Contain("--noise"));
            Assert.That(error.ToString(), Is.Empty);
        });
    }

    [Test]
    public void A_run_that_never_started_is_said_to_have_not_started()
    {
        var run = Path.Combine(Path.GetTempPath(), "compare-rules", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(run);
        File.WriteAllText(
            SummaryFile.PathIn(run),
            SummaryFile.Text(new SummaryDocument
            {
                Verdict = SummaryDocument.NotStarted,
                Headline = "NOT STARTED: the settings are invalid, no request was sent",
            }));
        var other = new RecordedRunBuilder().Check("create.echoes_name").Write();

        var result = ComparisonResult.Run(other, run);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("Run B").And.Contain("did not start").And.Contain("NOT STARTED"));
            Assert.That(result.Error, Does.Not.Contain("conformance.har"), "not described as recorded without HAR");
        });
    }

    [Test]
    public void Two_long_values_are_shown_where_they_differ_on_both_sides_and_no_word_is_cut()
    {
        var common = string.Concat(Enumerable.Repeat("amount[monetary][value]=1000&", 6));
        var (a, b) = CellText.Around(common + "amount[type]=monetary&name=first", common + "amount[type]=credits", 60);

        Assert.Multiple(() =>
        {
            Assert.That(a, Does.StartWith("…").And.Contain("amount[type]=monetary"));
            Assert.That(b, Does.StartWith("…").And.Contain("amount[type]=credits"));
            Assert.That(a, Does.Not.Contain("amount[typ…"));
        });
    }

    [Test]
    public void A_long_value_is_cut_at_the_end_of_a_word()
    {
        var cut = CellText.Fit("the quick brown fox jumps over the lazy dog", 12);

        Assert.That(cut, Is.EqualTo("the quick brown…"));
    }

    [Test]
    public void The_markdown_shows_where_two_long_requests_part_on_both_sides()
    {
        // The request of a check is named by its parameters: here they part after some 200 characters.
        var common = "amount[monetary][currency]=usd&amount[monetary][value]=1&amount[type]=monetary"
            + "&applicability_config[scope][price_type]=metered&category=paid&customer=cus_1&effective_at=1"
            + "&expires_at=2&metadata[first]=1&metadata[second]=2&";
        var grant = new JsonObject { ["object"] = "billing.credit_grant" };
        var a = new RecordedRunBuilder()
            .Check("create.echoes_name")
            .Exchange("create.echoes_name", "POST", GrantsPath, common + "name=n", 200, grant)
            .Write();
        var b = new RecordedRunBuilder()
            .Check("create.echoes_name")
            .Exchange("create.echoes_name", "POST", GrantsPath, common + "priority=5", 200, grant)
            .Write();

        var result = ComparisonResult.Run(a, b);

        Assert.That(
            result.Markdown,
            Does.Contain("metadata[second], name)").And.Contain("metadata[second], priority)"),
            result.Markdown);
    }
}
