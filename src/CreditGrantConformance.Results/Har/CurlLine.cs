using System.Text;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Results.Har;

/// <summary>
/// One shell line that replays an exchange, with the key left to the reader's environment as $STRIPE_API_KEY. A POST
/// goes with a fresh Idempotency-Key, made by the shell on each paste: the run's own would make the target answer
/// with the stored result of the first request instead of handling the request again. A comment at the end of the line
/// says so and names the run's key, for whoever wants the replay of the stored answer.
/// </summary>
public static class CurlLine
{
    private static readonly HashSet<string> Replayed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Stripe-Version", "Stripe-Account", "Content-Type",
    };

    // Double quotes: the shell runs date on each paste; %N (nanoseconds) where date has it, the second elsewhere.
    private const string FreshKey = " -H \"Idempotency-Key: replay-$(date +%s%N)\"";

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

        var idempotencyKey = exchange.RequestHeaders
            .FirstOrDefault(h => h.Key.Equals("Idempotency-Key", StringComparison.OrdinalIgnoreCase)).Value;
        if (idempotencyKey is not null)
        {
            line.Append(FreshKey);
        }

        if (!string.IsNullOrEmpty(exchange.RequestBody))
        {
            line.Append(" --data-raw ").Append(Quote(exchange.RequestBody));
        }

        if (idempotencyKey is not null)
        {
            line.Append(" # a fresh Idempotency-Key, so the target handles the request again; the run's own (")
                .Append(idempotencyKey.Replace("\n", "", StringComparison.Ordinal))
                .Append(") would replay the answer it stored");
        }

        return line.ToString();
    }

    // Single quotes keep everything literal; a quote inside becomes '\'' (close, escaped quote, reopen).
    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
