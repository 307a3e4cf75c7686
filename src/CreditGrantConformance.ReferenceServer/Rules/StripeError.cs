namespace CreditGrantConformance.ReferenceServer.Rules;

/// <summary>
/// A Stripe error (API reference, errors): status, type, and where known a code and a bracketed param.
/// </summary>
public sealed record StripeError(int Status, string Type, string Message, string? Code = null, string? Param = null)
{
    public static StripeError Invalid(string message, string? param = null, string? code = null) =>
        new(400, "invalid_request_error", message, code, param);

    public static StripeError Missing(string param) =>
        Invalid($"Missing required param: {param}.", param, "parameter_missing");

    public static StripeError Unknown(string param) =>
        Invalid($"Received unknown parameter: {param}", param, "parameter_unknown");

    public static StripeError InvalidInteger(string param, string message) =>
        Invalid(message, param, "parameter_invalid_integer");

    public static StripeError Exclusive(string param, params string[] names) =>
        Invalid(
            $"You may only specify one of these parameters: {string.Join(", ", names)}.",
            param,
            "parameters_exclusive");

    public static StripeError NoSuch(string what, string id, string param, int status) =>
        new(status, "invalid_request_error", $"No such {what}: '{id}'", "resource_missing", param);

    public static StripeError UnknownRoute(string method, string path) =>
        new(404, "invalid_request_error",
            $"Unrecognized request URL ({method}: {path}). Please see https://stripe.com/docs or we can help at "
            + "https://support.stripe.com/.");
}

/// <summary>Thrown anywhere in a request to answer with a Stripe error; the error middleware writes it.</summary>
public sealed class ApiException(StripeError error) : Exception(error.Message)
{
    public StripeError Error { get; } = error;
}
