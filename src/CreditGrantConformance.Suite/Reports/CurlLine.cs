using System.Text;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Reports;

/// <summary>One shell line that replays an exchange, with the key left to the reader's environment as $STRIPE_API_KEY.</summary>
public static class CurlLine
{
    private static readonly HashSet<string> Replayed = new(StringComparer.OrdinalIgnoreCase) { "Stripe-Version", "Stripe-Account", "Idempotency-Key", "Content-Type" };

    public static string For(Exchange exchange)
    {
        var line = new StringBuilder("curl -X ").Append(exchange.Method).Append(' ').Append(Quote(exchange.Url));
        var auth = exchange.RequestHeaders.FirstOrDefault(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
        // Double quotes so the shell expands the variable; the scheme follows the original request.
        if (auth.Value?.StartsWith("Basic", StringComparison.OrdinalIgnoreCase) == true)
        {
            line.Append(" -u \"$STRIPE_API_KEY:\"");
        }
        else if (auth.Value is not null)
        {
            line.Append(" -H \"Authorization: Bearer $STRIPE_API_KEY\"");
        }

        foreach (var (name, value) in exchange.RequestHeaders.Where(h => Replayed.Contains(h.Key)))
        {
            line.Append(" -H ").Append(Quote($"{name}: {value}"));
        }

        if (!string.IsNullOrEmpty(exchange.RequestBody))
        {
            line.Append(" --data-raw ").Append(Quote(exchange.RequestBody));
        }

        return line.ToString();
    }

    // Single quotes keep everything literal; a quote inside becomes '\'' (close, escaped quote, reopen).
    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
