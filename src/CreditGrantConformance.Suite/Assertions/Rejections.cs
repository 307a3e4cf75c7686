using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>The expectations of an invalid-input case: status, error type, and where known the code and the bracketed param.</summary>
public static class Rejections
{
    public static StripeResponse ShouldReject(this StripeResponse response, ExpectedError expected)
    {
        var expectations = new List<Expectation>
        {
            Expect.Status(expected.Status),
            Expect.Error(expected.Type, expected.Param, expected.Code),
        };
        if (expected.ParamPrefix is { } prefix)
        {
            expectations.Add(Expect.FieldIs("/error/param", $"a param naming {prefix}", p => p?.ToString() is { } param
                && (param == prefix || param.StartsWith(prefix + "[", StringComparison.Ordinal))));
        }

        return response.Should([.. expectations]);
    }
}
