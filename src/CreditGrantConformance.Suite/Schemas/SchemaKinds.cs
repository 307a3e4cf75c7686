namespace CreditGrantConformance.Suite.Schemas;

/// <summary>The schema kind of a schema name (<c>schemas/&lt;name&gt;.schema.json</c>), as operation descriptors name them.</summary>
public static class SchemaKinds
{
    public static SchemaKind Of(string name) => name switch
    {
        "credit_grant" => SchemaKind.CreditGrant,
        "credit_grant_list" => SchemaKind.CreditGrantList,
        "error" => SchemaKind.Error,
        "customer" => SchemaKind.Customer,
        "deleted_customer" => SchemaKind.DeletedCustomer,
        _ => throw new ArgumentException($"No schema named '{name}' in schemas/.", nameof(name)),
    };
}
