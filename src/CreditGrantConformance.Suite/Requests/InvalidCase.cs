using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// One entry of <c>fixtures/invalid-inputs.json</c>: a valid request broken in exactly one place, and the Stripe error
/// the target must answer with.
/// </summary>
public sealed record InvalidCase(
    CheckInfo Check,
    ApiOperation Operation,
    IReadOnlyList<string> Remove,
    IReadOnlyList<KeyValuePair<string, object?>> Set,
    ExpectedError Expect)
{
    public string Id => Check.Id;

    /// <summary>Applies the breakage to a copy of a valid request.</summary>
    public FormParams Apply(FormParams valid)
    {
        var request = valid.DeepClone();
        foreach (var path in Remove)
        {
            request.RemovePath(path);
        }

        foreach (var (path, value) in Set)
        {
            request.SetPath(path, value);
        }

        return request;
    }

    public override string ToString() => Check.DisplayName;
}

public sealed record ExpectedError(int Status, string Type, string? Code, string? Param, string? ParamPrefix);
