using System.Text;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// Renders an exchange for a failure message: what was sent, what came back, the Request-Id. Already redacted.
/// </summary>
public static class ExchangeText
{
    private const int MaxBody = 1500;

    public static string Describe(Exchange exchange)
    {
        var text = new StringBuilder();
        text.Append("Sent: ").Append(exchange.Method).Append(' ').Append(exchange.Path).Append(exchange.Query);
        if (exchange.IdempotencyKey is not null)
        {
            text.Append(" (Idempotency-Key ").Append(exchange.IdempotencyKey).Append(')');
        }

        text.AppendLine();
        if (!string.IsNullOrEmpty(exchange.RequestBody))
        {
            text.Append("  body: ").AppendLine(Truncate(exchange.RequestBody));
        }

        if (exchange.StatusCode is { } status)
        {
            text.Append("Got: HTTP ").Append(status).Append(", Request-Id ").AppendLine(exchange.RequestId ?? "(none)");
            text.Append("  body: ").AppendLine(Truncate(exchange.ResponseBody ?? ""));
        }
        else
        {
            text.Append("Got no response: ").AppendLine(exchange.TransportError);
        }

        return text.ToString();
    }

    private static string Truncate(string body) =>
        body.Length <= MaxBody ? body : body[..MaxBody] + $"… ({body.Length} chars)";
}
