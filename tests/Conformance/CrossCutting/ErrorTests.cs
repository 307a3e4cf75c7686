using System.Text.Json.Nodes;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Checks.CrossCutting;

/// <summary>The error object itself, whatever the operation: what Stripe's Errors page documents of it.</summary>
public sealed class ErrorTests : CreditGrantTest
{
    [Check("errors.doc_url_names_the_code", Provenance.Documented, Categories.Errors,
        "An error with a code carries doc_url, a URL to more information about the error code reported",
        Sources.Errors)]
    public async Task An_error_with_a_code_links_to_the_page_of_that_code()
    {
        var response = await Api.CreateAsync(new FormParams { ["colour"] = "blue" });

        // That the URL ends in the code (underscores as hyphens) is how real errors read, not what the page says.
        response.Should(
            Expect.Status(400),
            Expect.FieldIs("/error/doc_url", "an https URL", v => Text(v)?.StartsWith("https://", Ordinal) == true),
            Expect.Satisfies("/error/doc_url", "the page of the error's code", v => EndsInCode(response, v))
                .As(Provenance.Observed));
    }

    private const StringComparison Ordinal = StringComparison.Ordinal;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s)
        ? s
        : null;

    private static string? EndsInCode(StripeResponse response, JsonNode? docUrl) =>
        ApiError.From(response)?.Code is not { } code ? "the error carries no code"
        : Text(docUrl)?.EndsWith("/" + code.Replace('_', '-'), Ordinal) == true ? null
        : $"{Text(docUrl) ?? "no doc_url"} does not end in /{code.Replace('_', '-')}";
}
