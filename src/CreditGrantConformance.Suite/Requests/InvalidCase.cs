using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// One entry of <c>fixtures/invalid-inputs.json</c>: a valid request broken in exactly one place, and the Stripe error
/// the target must answer with.
/// </summary>
public sealed record InvalidCase(CaseEntry Entry, ExpectedError Expect)
{
    public string Id => Entry.Check.Id;

    public CheckInfo Check => Entry.Check;

    public ApiOperation Operation => Entry.Operation;

    public IReadOnlyList<string> Remove => Entry.Remove;

    public FormParams Apply(FormParams valid) => Entry.Apply(valid);

    public override string ToString() => Check.DisplayName;
}
