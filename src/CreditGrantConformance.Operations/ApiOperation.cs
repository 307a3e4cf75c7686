namespace CreditGrantConformance.Operations;

/// <summary>
/// The one description of each operation the suite sends: the name wire vectors and SDK drivers use
/// (<c>credit_grants.create</c>), the label reports and check ids use (<c>create</c>), Stripe's OpenAPI operationId,
/// the method, the path template (<c>{id}</c> marks the object's id) and the schema of its successful answer
/// (<c>schemas/&lt;name&gt;.schema.json</c>). Every path the product sends is built from here.
/// </summary>
public sealed record ApiOperation(
    string Name,
    string Label,
    string OperationId,
    HttpMethod Method,
    string PathTemplate,
    string ResponseSchema)
{
    private const string IdSlot = "{id}";
    private const string Grants = "/v1/billing/credit_grants";
    private const string Customers = "/v1/customers";
    private const string TestClocks = "/v1/test_helpers/test_clocks";
    private const string BalanceTransactions = "/v1/billing/credit_balance_transactions";

    public static ApiOperation List { get; } = new(
        "credit_grants.list", "list", "GetBillingCreditGrants",
        HttpMethod.Get, Grants, "credit_grant_list");

    public static ApiOperation Create { get; } = new(
        "credit_grants.create", "create", "PostBillingCreditGrants",
        HttpMethod.Post, Grants, "credit_grant");

    public static ApiOperation Retrieve { get; } = new(
        "credit_grants.retrieve", "retrieve", "GetBillingCreditGrantsId",
        HttpMethod.Get, Grants + "/" + IdSlot, "credit_grant");

    public static ApiOperation Update { get; } = new(
        "credit_grants.update", "update", "PostBillingCreditGrantsId",
        HttpMethod.Post, Grants + "/" + IdSlot, "credit_grant");

    public static ApiOperation Expire { get; } = new(
        "credit_grants.expire", "expire", "PostBillingCreditGrantsIdExpire",
        HttpMethod.Post, Grants + "/" + IdSlot + "/expire", "credit_grant");

    public static ApiOperation Void { get; } = new(
        "credit_grants.void", "void", "PostBillingCreditGrantsIdVoid",
        HttpMethod.Post, Grants + "/" + IdSlot + "/void", "credit_grant");

    public static ApiOperation CreateCustomer { get; } = new(
        "customers.create", "customer_create", "PostCustomers",
        HttpMethod.Post, Customers, "customer");

    public static ApiOperation RetrieveCustomer { get; } = new(
        "customers.retrieve", "customer_retrieve", "GetCustomersCustomer",
        HttpMethod.Get, Customers + "/" + IdSlot, "customer_or_deleted_customer");

    public static ApiOperation DeleteCustomer { get; } = new(
        "customers.delete", "customer_delete", "DeleteCustomersCustomer",
        HttpMethod.Delete, Customers + "/" + IdSlot, "deleted_customer");

    public static ApiOperation ListCustomers { get; } = new(
        "customers.list", "customer_list", "GetCustomers",
        HttpMethod.Get, Customers, "customer_list");

    public static ApiOperation CreateTestClock { get; } = new(
        "test_clocks.create", "test_clock_create", "PostTestHelpersTestClocks",
        HttpMethod.Post, TestClocks, "test_clock");

    public static ApiOperation RetrieveTestClock { get; } = new(
        "test_clocks.retrieve", "test_clock_retrieve", "GetTestHelpersTestClocksTestClock",
        HttpMethod.Get, TestClocks + "/" + IdSlot, "test_clock");

    public static ApiOperation ListTestClocks { get; } = new(
        "test_clocks.list", "test_clock_list", "GetTestHelpersTestClocks",
        HttpMethod.Get, TestClocks, "test_clock_list");

    public static ApiOperation DeleteTestClock { get; } = new(
        "test_clocks.delete", "test_clock_delete", "DeleteTestHelpersTestClocksTestClock",
        HttpMethod.Delete, TestClocks + "/" + IdSlot, "deleted_test_clock");

    public static ApiOperation AdvanceTestClock { get; } = new(
        "test_clocks.advance", "test_clock_advance", "PostTestHelpersTestClocksTestClockAdvance",
        HttpMethod.Post, TestClocks + "/" + IdSlot + "/advance", "test_clock");

    public static ApiOperation RetrieveBalanceSummary { get; } = new(
        "credit_balance_summary.retrieve", "balance_summary", "GetBillingCreditBalanceSummary",
        HttpMethod.Get, "/v1/billing/credit_balance_summary", "credit_balance_summary");

    public static ApiOperation ListBalanceTransactions { get; } = new(
        "credit_balance_transactions.list", "balance_transaction_list", "GetBillingCreditBalanceTransactions",
        HttpMethod.Get, BalanceTransactions, "credit_balance_transaction_list");

    public static ApiOperation RetrieveBalanceTransaction { get; } = new(
        "credit_balance_transactions.retrieve", "balance_transaction_retrieve",
        "GetBillingCreditBalanceTransactionsId",
        HttpMethod.Get, BalanceTransactions + "/" + IdSlot, "credit_balance_transaction");

    /// <summary>The operations under test, in the order reports list them.</summary>
    public static IReadOnlyList<ApiOperation> CreditGrants { get; } = [List, Retrieve, Create, Update, Expire, Void];

    /// <summary>Customers: grants belong to one, and a test clock's customer lives in the clock's time.</summary>
    public static IReadOnlyList<ApiOperation> CustomerOperations { get; } =
        [CreateCustomer, RetrieveCustomer, DeleteCustomer, ListCustomers];

    /// <summary>Test clocks: the time a clock's customers, their grants and their balances live in.</summary>
    public static IReadOnlyList<ApiOperation> TestClockOperations { get; } =
        [CreateTestClock, RetrieveTestClock, ListTestClocks, DeleteTestClock, AdvanceTestClock];

    /// <summary>What grants do: the credit balance summary and its transactions.</summary>
    public static IReadOnlyList<ApiOperation> CreditBalance { get; } =
        [RetrieveBalanceSummary, ListBalanceTransactions, RetrieveBalanceTransaction];

    public static IReadOnlyList<ApiOperation> All { get; } =
        [.. CreditGrants, .. CustomerOperations, .. TestClockOperations, .. CreditBalance];

    public bool TakesId => PathTemplate.Contains(IdSlot, StringComparison.Ordinal);

    /// <summary>The path that lists or creates this operation's objects: the template up to the id.</summary>
    public string CollectionPath => TakesId
        ? PathTemplate[..(PathTemplate.IndexOf(IdSlot, StringComparison.Ordinal) - 1)]
        : PathTemplate;

    public static ApiOperation Named(string name) =>
        All.FirstOrDefault(o => o.Name == name)
        ?? throw new ArgumentException(
            $"Unknown operation '{name}'; known: {string.Join(", ", All.Select(o => o.Name))}.",
            nameof(name));

    public static ApiOperation Labelled(string label) =>
        All.FirstOrDefault(o => o.Label == label)
        ?? throw new ArgumentException($"No operation is labelled '{label}'.", nameof(label));

    /// <summary>
    /// How a message names a call of this operation: its method and path, a placeholder (<c>{grant 1}</c>) standing
    /// for the id as written, not escaped.
    /// </summary>
    public string Describe(string? idPlaceholder = null) =>
        Method.Method + " " + (TakesId ? PathTemplate.Replace(IdSlot, idPlaceholder ?? IdSlot, StringComparison.Ordinal)
            : PathTemplate);

    public string PathFor(string? id) => TakesId
        ? PathTemplate.Replace(
            IdSlot,
            Uri.EscapeDataString(id ?? throw new ArgumentException($"{Name} needs an id.", nameof(id))),
            StringComparison.Ordinal)
        : PathTemplate;

    /// <summary>
    /// The operation a request is, read back from its method and path (an archive's entry, a server's log), and the id
    /// in its path; null for anything else. No two operations share a method and a path (an id never holds a slash), so
    /// at most one matches. A request the product sends carries its descriptor: this is for what arrives as text.
    /// </summary>
    public static (ApiOperation Operation, string? Id)? Match(HttpMethod method, string path)
    {
        foreach (var operation in All.Where(o => o.Method == method))
        {
            if (operation.IdIn(path) is { } match)
            {
                return (operation, match.Id);
            }
        }

        return null;
    }

    /// <summary>Whether a path is this operation's (its template with any one id in the slot).</summary>
    public bool Matches(string path) => IdIn(path) is not null;

    private (string? Id, bool Matched)? IdIn(string path)
    {
        if (!TakesId)
        {
            return path == PathTemplate ? (null, true) : null;
        }

        var slot = PathTemplate.IndexOf(IdSlot, StringComparison.Ordinal);
        var prefix = PathTemplate[..slot];
        var suffix = PathTemplate[(slot + IdSlot.Length)..];
        if (!path.StartsWith(prefix, StringComparison.Ordinal)
            || !path.EndsWith(suffix, StringComparison.Ordinal)
            || path.Length <= prefix.Length + suffix.Length)
        {
            return null;
        }

        var id = path[prefix.Length..^suffix.Length];
        return id.Contains('/', StringComparison.Ordinal) ? null : (Uri.UnescapeDataString(id), true);
    }
}
