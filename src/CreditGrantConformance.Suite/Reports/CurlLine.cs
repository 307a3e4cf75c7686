using System.Text;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Reports;

/// <summary>
/// One shell line that replays an exchange, with the key left to the reader's environment as $STRIPE_API_KEY.
/// </summary>
public static class CurlLine
{
    private static readonly HashSet<string> Replayed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Stripe-Version", "Stripe-Account", "Idempotency-Key", "Content-Type",
    };

    public static string For(Exchange exchange)
    {
        // -g: Stripe's bracketed parameters (expand[]=…) are not curl URL globs.
        var line = new StringBuilder("curl -g -X ").Append(exchange.Method).Append(' ').Append(Quote(exchange.Url));
        var auth = exchange.RequestHeaders
            .FirstOrDefault(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
        // Double quotes so the shell expands the variable; the scheme follows the original request.
        if (auth.Value?.StartsWith("Basic", StringComparison.OrdinalIgnoreCase) == true)
        {
            line.Append(" -u \"$STRIPE_API_KEY:\"");
        }
        else if (auth.Value is not null)
        {
            // Not an Authorization header: the redactor masks whatever follows "Authorization: Bearer", variable
            // included.
            line.Append(" --oauth2-bearer \"$STRIPE_API_KEY\"");
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
