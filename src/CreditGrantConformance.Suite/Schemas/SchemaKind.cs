namespace CreditGrantConformance.Suite.Schemas;

public enum SchemaKind
{
    CreditGrant,
    CreditGrantList,
    Error,
    Customer,
    DeletedCustomer,
    CustomerOrDeletedCustomer,
    TestClock,
    DeletedTestClock,
    TestClockList,
    CreditBalanceSummary,
    CreditBalanceTransaction,
    CreditBalanceTransactionList,
    CustomerList,
}
