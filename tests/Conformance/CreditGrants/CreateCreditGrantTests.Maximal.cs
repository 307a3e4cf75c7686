using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class CreateCreditGrantTests
{
    private const string MaximalRule =
        "A create carrying every documented limit at once (metadata of 50 keys of 40 characters with values of 500, "
        + "multi-byte included, a name of 100, every optional parameter) is accepted and echoed exactly";

    // Every parameter a maximal create sends, echoed at its place in the grant.
    private static readonly string[] MaximalEchoes =
    [
        "amount", "customer", "category", "priority", "effective_at", "expires_at", "name", "metadata",
    ];

    [Check("create.accepts_every_limit_at_once", Provenance.Documented, Categories.Validation, MaximalRule,
        Sources.LimitsAtOnceCreate, RequiresState = true)]
    public async Task Create_at_every_limit_at_once_is_accepted_and_echoed_exactly()
    {
        var request = MaximalRequests.Create(await CustomerIdAsync(), Settings.RunId);

        var response = await Api.CreateAsync(request);

        response.Should(
        [
            Expect.Status(200),
            .. Echoes(request, [.. MaximalEchoes, "applicability_config[scope][price_type]"]).Select(Expect.OnSuccess),
        ]);
    }

    // Whether a target accepts made-up price ids is undocumented, so acceptance is only observed; once it accepted,
    // every parameter, the prices among them, must come back as sent (the spec's echo).
    [Check("create.accepts_every_limit_at_once_scoped_to_prices", Provenance.Documented, Categories.Validation,
        MaximalRule + "; scoped to 20 prices, the most a balance summary filter takes (acceptance of made-up price ids "
        + "is assumed)", Sources.LimitsAtOnceCreate, RequiresState = true)]
    public async Task Create_at_every_limit_at_once_scoped_to_prices_is_echoed_exactly_once_accepted()
    {
        var request = MaximalRequests.CreateScopedToPrices(await CustomerIdAsync(), Settings.RunId);

        var response = await Api.CreateAsync(request);

        response.Should(
        [
            Expect.Status(200).As(Provenance.Assumed),
            .. Echoes(request, [.. MaximalEchoes, "applicability_config[scope][prices]"]).Select(Expect.OnSuccess),
        ]);
    }

    private static IEnumerable<Expectation> Echoes(FormParams sent, IEnumerable<string> paths) =>
        paths.Select(p => Expect.Field(FormParams.PointerOf(p), MaximalRequests.Echo(sent, p)));
}
