using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Failures;
using CreditGrantConformance.Suite.Schemas;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// Every response of the run passes here: it must be JSON and match the schema its operation answers with (an error
/// envelope when it is not a success), so no check can forget to validate. Fields the schema does not declare are
/// drift: an observation on the check, not a failure. A violation fails the check on the spec's evidence.
/// </summary>
public sealed class SchemaGate(SchemaCatalog schemas)
{
    public void Inspect(StripeRequest request, StripeResponse response, ICheckObserver observer)
    {
        if (response.Json is null)
        {
            throw new TargetBrokeException(
                $"The target's answer is not JSON (HTTP {response.StatusCode}, "
                + $"Content-Type {response.Header("Content-Type") ?? "none"})."
                + Environment.NewLine + ExchangeText.Describe(response.Exchange));
        }

        var schema = SchemaOf(request, response);
        if (schema is null)
        {
            return;
        }

        var report = schemas.Validate(SchemaKinds.Of(schema), response.Body);
        foreach (var pointer in report.UnknownFields)
        {
            observer.Observe(
                $"Drift: {pointer} is not in schemas/{schema}.schema.json "
                + $"(HTTP {response.StatusCode}, {response.Exchange.Label}).");
        }

        if (!report.IsValid)
        {
            throw new CheckFailedException(
                $"Schema violation: the {response.Exchange.Label} response does not match "
                + $"schemas/{schema}.schema.json "
                + "(the OpenAPI spec's object):"
                + string.Concat(report.Violations.Select(v => Environment.NewLine + "  " + v))
                + Environment.NewLine + ExchangeText.Describe(response.Exchange),
                Provenance.Spec,
                [response.Exchange]);
        }
    }

    // Errors answer with the envelope; successes with the object of the operation the request carries; a route no
    // operation has is judged by its check alone.
    private static string? SchemaOf(StripeRequest request, StripeResponse response) =>
        response.StatusCode is < 200 or >= 300 ? "error" : request.Operation?.ResponseSchema;
}
