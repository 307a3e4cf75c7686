using System.Text.RegularExpressions;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// An observed rule cites the strongest public source there is: a page of Stripe's documentation or Stripe's own
/// OpenAPI repository first; a response quoted in an issue thread only beside it, and said to be weaker.
/// </summary>
public sealed partial class RuleSourcesTests
{
    [Test]
    public void Every_observed_rule_leads_with_stripes_own_source_and_calls_a_quoted_response_weaker()
    {
        var observed = RuleCatalogue.Load().Where(r => r.Provenance == "observed").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(observed, Is.Not.Empty);
            foreach (var rule in observed)
            {
                var first = StripeSource().Match(rule.Source);
                var thread = IssueThread().Match(rule.Source);
                Assert.That(first.Success && first.Index == 0, Is.True, $"{rule.Id} leads with Stripe's own source");
                if (thread.Success)
                {
                    Assert.That(
                        rule.Source[..thread.Index],
                        Does.Contain("observed only").Or.Contain("weak"),
                        $"{rule.Id} says its quoted response is the weaker source");
                }
            }
        });
    }

    [GeneratedRegex(@"https://docs\.stripe\.com/|Stripe's own|Stripe OpenAPI spec")]
    private static partial Regex StripeSource();

    [GeneratedRegex(@"https://github\.com/[^/\s]+/[^/\s]+/(issues|pull)/\d+")]
    private static partial Regex IssueThread();
}
