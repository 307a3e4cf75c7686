using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Schemas;
using NUnit.Framework;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// Every response of the run passes here: it must be JSON and match the schema of its object, so no check can forget
/// to validate. Fields the schema does not declare are drift: an observation on the check, not a failure.
/// </summary>
public static class SchemaGate
{
    public static void Inspect(StripeResponse response, string operation)
    {
        if (response.Json is null)
        {
            throw new TargetBrokeException($"The target's answer is not JSON (HTTP {response.StatusCode}, Content-Type {response.Header("Content-Type") ?? "none"}).{Environment.NewLine}{ExchangeText.Describe(response.Exchange)}");
        }

        var kind = KindOf(response, operation);
        var report = SchemaCatalog.Default.Validate(kind, response.Body);
        foreach (var pointer in report.UnknownFields)
        {
            ExchangeRecorder.Current?.Observe($"Drift: {pointer} is not in schemas/{FileOf(kind)} (HTTP {response.StatusCode}, {operation}).");
        }

        if (!report.IsValid)
        {
            Assert.Fail($"Schema violation: the {operation} response does not match schemas/{FileOf(kind)} (OpenAPI excerpt, spec provenance):{Environment.NewLine}"
                + string.Join(Environment.NewLine, report.Violations.Select(v => "  " + v))
                + Environment.NewLine + ExchangeText.Describe(response.Exchange));
        }
    }

    private static SchemaKind KindOf(StripeResponse response, string operation)
    {
        if (response.StatusCode is < 200 or >= 300)
        {
            return SchemaKind.Error;
        }

        return operation switch
        {
            Operations.List => SchemaKind.CreditGrantList,
            Operations.Customer when response.Json is JsonObject o && o["deleted"] is JsonValue => SchemaKind.DeletedCustomer,
            Operations.Customer => SchemaKind.Customer,
            _ => SchemaKind.CreditGrant,
        };
    }

    private static string FileOf(SchemaKind kind) => kind switch
    {
        SchemaKind.CreditGrant => "credit_grant.schema.json",
        SchemaKind.CreditGrantList => "credit_grant_list.schema.json",
        SchemaKind.Error => "error.schema.json",
        SchemaKind.Customer => "customer.schema.json",
        _ => "deleted_customer.schema.json",
    };
}
