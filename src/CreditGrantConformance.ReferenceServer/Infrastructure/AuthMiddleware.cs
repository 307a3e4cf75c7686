using System.Text;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// Bearer or Basic (the key as user name) with a test-mode secret or restricted key. This server emulates test
/// mode only, so a live key is as invalid as any other. The key is the account: idempotency keys are scoped by it.
/// </summary>
public sealed class AuthMiddleware(RequestDelegate next, ReferenceServerOptions options)
{
    public const string ApiKeyItem = "ApiKey";

    public Task InvokeAsync(HttpContext context)
    {
        var key = KeyOf(context.Request.Headers.Authorization.ToString());
        if (key is null)
        {
            throw new ApiException(new StripeError(401, "invalid_request_error",
                "You did not provide an API key. You need to provide your API key in the Authorization header, " +
                "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). " +
                "See https://stripe.com/docs/api#authentication for details, " +
                "or we can help at https://support.stripe.com/."));
        }

        if (!IsTestKey(key) || (options.ApiKeys.Count > 0 && !options.ApiKeys.Contains(key)))
        {
            throw new ApiException(
                new StripeError(401, "invalid_request_error", "Invalid API Key provided: " + Mask(key)));
        }

        context.Items[ApiKeyItem] = key;
        return next(context);
    }

    private static bool IsTestKey(string key) =>
        (key.StartsWith("sk_test_", StringComparison.Ordinal) || key.StartsWith("rk_test_", StringComparison.Ordinal))
        && key.Length > 8 && !key.Any(char.IsWhiteSpace);

    // Stripe shows the prefix and the last four characters only (observed).
    private static string Mask(string key)
    {
        var underscore = key.LastIndexOf('_');
        var prefix = underscore > 0 && underscore < 8 ? key[..(underscore + 1)] : "";
        return prefix + new string('*', Math.Max(0, key.Length - prefix.Length - 4))
            + (key.Length > 4 ? key[^4..] : "");
    }

    private static string? KeyOf(string header)
    {
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var key = header[7..].Trim();
            return key.Length > 0 ? key : null;
        }

        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var user = decoded.Split(':')[0];
                return user.Length > 0 ? user : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return null;
    }
}
