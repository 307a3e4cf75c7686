using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class CreateCreditGrantTests
{
    private const string CaseTag = "conformance_case";

    [Check("create.rejected_leaves_nothing_behind", Provenance.Documented, Categories.Validation,
        "A create that fails validation has no effect: validation failures are not executed, "
        + "so Stripe stores nothing for them",
        Sources.Idempotency, RequiresState = true)]
    public async Task Create_requests_that_the_target_rejects_leave_no_grant_behind()
    {
        var customer = await CreateCustomerAsync();
        var before = await GrantIdsAsync(customer);
        var rejected = new List<string>();
        var accepted = new HashSet<string>(StringComparer.Ordinal);

        // The catalogue's creates, each tagged with its case so a grant left behind names the request that made it.
        foreach (var invalid in InvalidCatalogue.For(ApiOperation.Create).Where(c => !c.Remove.Contains("customer")))
        {
            var request = await ValidGrantAsync();
            request["customer"] = customer;
            request.SetPath($"metadata[{CaseTag}]", invalid.Id);
            var response = await Api.CreateAsync(invalid.Apply(request));
            if (response.StatusCode is >= 400 and < 500)
            {
                rejected.Add(invalid.Id);
            }
            else if (response.Json?["id"]?.ToString() is { } id)
            {
                // Accepted: the case's own check judges that; a grant it made is not "left behind".
                accepted.Add(id);
            }
        }

        var after = await GrantsAsync(customer);
        var leftBehind = after.Where(g => !before.Contains(g.Id) && !accepted.Contains(g.Id)).ToList();

        SpanningJudgement.That(
            leftBehind.Count == 0 ? null : $"{leftBehind.Count} grants appeared for requests the target rejected: "
                + string.Join("; ", leftBehind.Select(g =>
                    $"{g.Id} (from {g.Case ?? "a request whose tag it replaced"})")),
            $"none of the {rejected.Count} creates the target rejected leaves a grant behind");
    }

    private static async Task<IReadOnlyList<string>> GrantIdsAsync(string customer) =>
        (await GrantsAsync(customer)).Select(g => g.Id).ToList();

    private static async Task<IReadOnlyList<(string Id, string? Case)>> GrantsAsync(string customer)
    {
        var response = await Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 100 });
        response.Should(Expect.Status(200));
        // Only this check's customer's grants: whether the filter leaves others out is the list's checks' to judge.
        return response.Json!["data"]!.AsArray()
            .Where(g => g?["customer"]?.ToString() == customer)
            .Select(g => (g!["id"]!.ToString(), g["metadata"]?[CaseTag]?.ToString()))
            .ToList();
    }
}
