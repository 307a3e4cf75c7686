using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// The expectations of an invalid-input case: status, error type, and where known the code and the bracketed param.
/// </summary>
public static class Rejections
{
    public static IReadOnlyList<Expectation> Of(ExpectedError expected)
    {
        var expectations = new List<Expectation> { Expect.Status(expected.Status), Expect.Error(expected.Type) };
        if (expected.Param is { } param)
        {
            expectations.Add(Expect.ErrorParam(param));
        }

        if (expected.Code is { } code)
        {
            expectations.Add(Expect.ErrorCode(code));
        }

        if (expected.ParamPrefix is { } prefix)
        {
            expectations.Add(Expect
                .FieldIs(
                    "/error/param",
                    $"a param naming {prefix}",
                    p => p?.ToString() is { } named
                        && (named == prefix || named.StartsWith(prefix + "[", StringComparison.Ordinal)))
                .As(Provenance.Observed));
        }

        return expectations;
    }

    public static StripeResponse ShouldReject(this StripeResponse response, ExpectedError expected) =>
        response.Should([.. Of(expected)]);
}
