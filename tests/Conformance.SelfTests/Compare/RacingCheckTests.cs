using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// A check that sends at once (category concurrency) is compared by what it sent and its verdict: the order its
/// answers arrive in and which of them a conflict refused are the target's interleaving, not a divergence.
/// </summary>
public sealed class RacingCheckTests
{
    private const string Check = "concurrency.racing_writes_have_a_serial_explanation";
    private const string Grant = "/v1/billing/credit_grants/credgr_test_1";

    [Test]
    public void Racing_answers_in_another_order_and_with_other_refusals_do_not_diverge()
    {
        var a = Run("passed", ("/void", 200), ("/expire", 200), ("", 200));
        var b = Run("passed", ("/expire", 200), ("", 400), ("/void", 400));

        var comparison = ComparisonResult.Run(a, b);

        Assert.That(comparison.Report?.Totals.Divergences, Is.Zero, comparison.Describe());
    }

    [Test]
    public void A_racing_check_that_passes_in_one_run_and_fails_in_the_other_diverges()
    {
        var comparison = ComparisonResult.Run(
            Run("passed", ("/void", 200), ("/expire", 200), ("", 200)),
            Run("failed", ("/void", 200), ("/expire", 200), ("", 200)));

        Assert.That(comparison.ExitCode, Is.EqualTo(1), comparison.Describe());
    }

    private static string Run(string outcome, params (string Suffix, int Status)[] writes)
    {
        var run = new RecordedRunBuilder().Check(Check, outcome, Categories.Concurrency);
        foreach (var (suffix, status) in writes)
        {
            run.Exchange(Check, "POST", Grant + suffix, "", status, status == 200
                ? new JsonObject { ["id"] = "credgr_test_1", ["object"] = "billing.credit_grant" }
                : new JsonObject { ["error"] = new JsonObject { ["type"] = "invalid_request_error" } });
        }

        return run.Write();
    }
}
