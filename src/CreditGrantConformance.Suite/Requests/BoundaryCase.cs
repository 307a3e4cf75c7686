using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// One entry of <c>fixtures/boundary-inputs.json</c>: a valid request set exactly at a documented limit, which the
/// target must accept and echo. <see cref="Echo"/> names the parameters whose sent value must come back at their place
/// in the object; <see cref="AcceptedEvidence"/> is set where only acceptance itself rests on weaker evidence (a very
/// large amount: no maximum is documented), so then only what an accepting target answers is judged at full strength.
/// </summary>
public sealed record BoundaryCase(
    CaseEntry Entry,
    IReadOnlyList<string> Echo,
    Provenance? AcceptedEvidence,
    bool FreshGrant)
{
    public CheckInfo Check => Entry.Check;

    public ApiOperation Operation => Entry.Operation;

    public FormParams Apply(FormParams valid) => Entry.Apply(valid);

    /// <summary>HTTP 200 and every echoed value exactly as sent.</summary>
    public IReadOnlyList<Expectation> Expectations(FormParams sent)
    {
        var accepted = Expect.Status(200);
        var echoes = Echo.Select(path =>
            Expect.Field(FormParams.PointerOf(path), FormJson.ValueToJson(sent.GetPath(path))));
        return AcceptedEvidence is { } evidence
            ? [accepted.As(evidence), .. echoes.Select(Expect.OnSuccess)]
            : [accepted, .. echoes];
    }

    public override string ToString() => Check.DisplayName;
}
