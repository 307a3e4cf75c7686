using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// The parameters of a request as one tree: the query string, and for POST the form body merged over it. A POST body in
/// another content type is refused with a message saying what Stripe expects (a rule: the lenient variant reads it as a
/// form).
/// </summary>
public static class RequestParams
{
    private const string ItemKey = "FormParams";
    private const int MaxBodyBytes = 1 << 20;

    public static readonly Rule<string> FormEncoded = Rule.Refuse<string>(
        "request.form_encoded", Provenance.Assumed,
        "Stripe's requests are form-encoded; what it answers to another body is undocumented "
            + "(ASSUMPTIONS.md request.content_type)",
        contentType => !contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase),
        contentType => StripeError.Invalid(
            $"Invalid request: the body must be form-encoded (Content-Type: application/x-www-form-urlencoded), "
            + $"as Stripe expects; got '{contentType}'."));

    public static async Task<FormObject> ReadAsync(HttpContext context)
    {
        if (context.Items[ItemKey] is FormObject cached)
        {
            return cached;
        }

        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "";
        var pairs = new List<KeyValuePair<string, string>>(FormParser.Decode(query));
        var body = await BodyAsync(context);
        if (body.Length > 0)
        {
            context.RequestServices.GetRequiredService<RuleBook>()
                .Check(FormEncoded, context.Request.ContentType ?? "", "request");

            pairs.AddRange(FormParser.Decode(body));
        }

        var parsed = FormParser.Parse(pairs);
        context.Items[ItemKey] = parsed;
        return parsed;
    }

    /// <summary>The raw body, read once and kept (idempotency compares it, handlers parse it).</summary>
    public static async Task<string> BodyAsync(HttpContext context)
    {
        if (context.Items["RawBody"] is string body)
        {
            return body;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                throw new ApiException(StripeError.Invalid($"The request body is larger than {MaxBodyBytes} bytes."));
            }
        }

        // Decoding of escapes happens later; the raw body itself is ASCII for form encoding.
        body = System.Text.Encoding.Latin1.GetString(buffer.ToArray());
        context.Items["RawBody"] = body;
        return body;
    }
}
