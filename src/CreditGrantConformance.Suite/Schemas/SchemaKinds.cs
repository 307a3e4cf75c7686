namespace CreditGrantConformance.Suite.Schemas;

/// <summary>
/// The name of each schema kind (<c>schemas/&lt;name&gt;.schema.json</c>), as operation descriptors name the schema of
/// their answers: one table, read both ways.
/// </summary>
public static class SchemaKinds
{
    private static readonly Dictionary<SchemaKind, string> Names = new Dictionary<SchemaKind, string>
    {
        [SchemaKind.CreditGrant] = "credit_grant",
        [SchemaKind.CreditGrantList] = "credit_grant_list",
        [SchemaKind.Error] = "error",
        [SchemaKind.Customer] = "customer",
        [SchemaKind.DeletedCustomer] = "deleted_customer",
        [SchemaKind.CustomerOrDeletedCustomer] = "customer_or_deleted_customer",
        [SchemaKind.TestClock] = "test_clock",
        [SchemaKind.DeletedTestClock] = "deleted_test_clock",
        [SchemaKind.TestClockList] = "test_clock_list",
        [SchemaKind.CreditBalanceSummary] = "credit_balance_summary",
        [SchemaKind.CreditBalanceTransaction] = "credit_balance_transaction",
        [SchemaKind.CreditBalanceTransactionList] = "credit_balance_transaction_list",
        [SchemaKind.CustomerList] = "customer_list",
    };

    public static string Name(SchemaKind kind) => Names[kind];

    public static SchemaKind Of(string name) => Names.FirstOrDefault(n => n.Value == name) is { Value: not null } found
        ? found.Key
        : throw new ArgumentException($"No schema named '{name}' in schemas/.", nameof(name));
}
