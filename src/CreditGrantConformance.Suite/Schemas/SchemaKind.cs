namespace CreditGrantConformance.Suite.Schemas;

public enum SchemaKind
{
    CreditGrant,
    CreditGrantList,
    Error,
    Customer,
    DeletedCustomer,
    TestClock,
    DeletedTestClock,
    TestClockList,
    CreditBalanceSummary,
    CreditBalanceTransaction,
    CreditBalanceTransactionList,
}
