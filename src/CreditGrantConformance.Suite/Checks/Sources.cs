namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// The public sources rules cite, each written once: Stripe's API reference and guides, its OpenAPI specification
/// (github.com/stripe/openapi, by operationId and field), and public reports of real Stripe responses.
/// docs/rules.md lists every check with its source.
/// </summary>
public static class Sources
{
    private const string Api = "https://docs.stripe.com/api";
    private const string Spec = "Stripe OpenAPI spec (github.com/stripe/openapi, spec3.json)";

    public const string CreditGrantObject =
        "Stripe API reference, The Credit Grant object: " + Api + "/billing/credit-grant/object";
    public const string Create = "Stripe API reference, Create a credit grant: " + Api + "/billing/credit-grant/create";
    public const string Retrieve =
        "Stripe API reference, Retrieve a credit grant: " + Api + "/billing/credit-grant/retrieve";
    public const string Update = "Stripe API reference, Update a credit grant: " + Api + "/billing/credit-grant/update";
    public const string List = "Stripe API reference, List credit grants: " + Api + "/billing/credit-grant/list";
    public const string Expire = "Stripe API reference, Expire a credit grant: " + Api + "/billing/credit-grant/expire";
    public const string Void = "Stripe API reference, Void a credit grant: " + Api + "/billing/credit-grant/void";

    public const string SpecCreate = Spec + ", operation PostBillingCreditGrants";
    public const string SpecRetrieve = Spec + ", operation GetBillingCreditGrantsId";
    public const string SpecUpdate = Spec + ", operation PostBillingCreditGrantsId";
    public const string SpecList = Spec + ", operation GetBillingCreditGrants";
    public const string SpecExpire = Spec + ", operation PostBillingCreditGrantsIdExpire";
    public const string SpecVoid = Spec + ", operation PostBillingCreditGrantsIdVoid";
    public const string SpecObject = Spec + ", schema billing.credit_grant";

    public const string BalanceSummaryObject =
        "Stripe API reference, The Credit Balance Summary object: " + Api + "/billing/credit-balance-summary/object";
    public const string BalanceSummary =
        "Stripe API reference, Retrieve the credit balance summary for a customer: "
        + Api + "/billing/credit-balance-summary/retrieve";
    public const string BalanceTransactionObject =
        "Stripe API reference, The Credit Balance Transaction object: "
        + Api + "/billing/credit-balance-transaction/object";
    public const string BalanceTransactionList =
        "Stripe API reference, List credit balance transactions: " + Api + "/billing/credit-balance-transaction/list";
    public const string BalanceTransactionRetrieve =
        "Stripe API reference, Retrieve a credit balance transaction: "
        + Api + "/billing/credit-balance-transaction/retrieve";
    public const string TestClockObject = "Stripe API reference, The Test Clock object: " + Api + "/test_clocks/object";
    public const string TestClockCreate = "Stripe API reference, Create a test clock: " + Api + "/test_clocks/create";
    public const string TestClockAdvance =
        "Stripe API reference, Advance a test clock: " + Api + "/test_clocks/advance";
    public const string TestClockDelete = "Stripe API reference, Delete a test clock: " + Api + "/test_clocks/delete";
    public const string TestClockList = "Stripe API reference, List all test clocks: " + Api + "/test_clocks/list";
    public const string TestClocksGuide =
        "Stripe docs, Test clocks (deleting a clock deletes its objects): "
        + "https://docs.stripe.com/billing/testing/test-clocks";
    public const string TestClocksAdvanced =
        "Stripe docs, Advanced usage of test clocks (limitations, advancing): "
        + "https://docs.stripe.com/billing/testing/test-clocks/api-advanced-usage";
    public const string CustomerCreate = "Stripe API reference, Create a customer: " + Api + "/customers/create";
    public const string CustomerEcho =
        "Stripe API reference, Create a customer (name, email): " + Api + "/customers/create; The Customer object: "
        + Api + "/customers/object";
    public const string CreateEmptyMetadata =
        SpecCreate + ", parameter metadata (its schema takes \"\") and the credit grant's metadata (an object); "
        + "Stripe API reference, Metadata (an empty value for metadata clears every key): " + Api + "/metadata";
    public const string CustomerEmptyMetadata =
        Spec + ", operation PostCustomers, parameter metadata (its schema takes \"\") and the customer's metadata "
        + "(an object); Stripe API reference, Metadata (an empty value for metadata clears every key): "
        + Api + "/metadata";
    public const string CustomerDelete = "Stripe API reference, Delete a customer: " + Api + "/customers/delete";
    public const string CustomerRetrieve =
        "Stripe API reference, Retrieve a customer (deleted customers included): " + Api + "/customers/retrieve";
    public const string CustomerList = "Stripe API reference, List all customers: " + Api + "/customers/list";
    public const string SpecCustomerList = Spec + ", operation GetCustomers";
    public const string CustomerListExpand =
        "Stripe API reference, The Customer object (test_clock, expandable): " + Api + "/customers/object; "
        + "Expanding responses (on a list, data.…): " + Api + "/expanding_objects";
    public const string CustomerListFilters =
        "Stripe API reference, List all customers (parameters test_clock, email, created): " + Api
        + "/customers/list; " + SpecCustomerList + ", the parameters' descriptions";
    public const string SpecBalanceSummary = Spec + ", operation GetBillingCreditBalanceSummary";
    public const string SpecBalanceTransactions = Spec + ", operation GetBillingCreditBalanceTransactions";
    public const string SpecTestClockAdvance = Spec + ", operation PostTestHelpersTestClocksTestClockAdvance";

    public const string Errors = "Stripe API reference, Errors: " + Api + "/errors";
    public const string ErrorCodes = "Stripe error codes: https://docs.stripe.com/error-codes";
    public const string Authentication = "Stripe API reference, Authentication: " + Api + "/authentication";
    public const string RequestIds = "Stripe API reference, Request IDs: " + Api + "/request_ids";
    public const string Idempotency = "Stripe API reference, Idempotent requests: " + Api + "/idempotent_requests";
    public const string IdempotencyLowLevel =
        "Stripe docs, Advanced error handling (idempotency): https://docs.stripe.com/error-low-level";
    public const string IdempotencyConcurrent =
        "Stripe API reference, Idempotent requests (a request that conflicts with another executing concurrently is "
        + "not saved): " + Api + "/idempotent_requests; Stripe error codes (idempotency_key_in_use): "
        + "https://docs.stripe.com/error-codes";
    public const string ObjectLocks =
        "Stripe docs, Rate limits (429 lock_timeout: another request is accessing the object): "
        + "https://docs.stripe.com/rate-limits; Stripe API reference, Errors (409: the request conflicts with another "
        + "request): " + Api + "/errors";
    public const string Pagination = "Stripe API reference, Pagination: " + Api + "/pagination";
    public const string Expanding = "Stripe API reference, Expanding responses: " + Api + "/expanding_objects";
    public const string Metadata = "Stripe API reference, Metadata: " + Api + "/metadata";
    public const string MetadataGuide = "Stripe docs, Metadata (add, update, delete): https://docs.stripe.com/metadata";
    public const string BillingCredits =
        "Stripe docs, Billing credits: https://docs.stripe.com/billing/subscriptions/usage-based/billing-credits";
    public const string Upgrades =
        "Stripe docs, API upgrades (backward-compatible changes): https://docs.stripe.com/upgrades";
    public const string Versioning = "Stripe API reference, Versioning: " + Api + "/versioning";
    public const string Changelog = "Stripe changelog: https://docs.stripe.com/changelog";
    public const string LimitsAtOnceCreate = Create + " (name, priority, amount, dates, scope); " + Metadata;
    public const string LimitsAtOnceUpdate = Update + " (expires_at, metadata); " + Metadata;
    public const string Introduction = "Stripe API reference, introduction (JSON-encoded responses): " + Api;

    public const string ObservedMissingKey =
        "Observed Stripe 401 for a request without a key: https://github.com/gadelkareem/skeleton/issues/20";
    public const string ObservedInvalidKey =
        "Observed Stripe 401 'Invalid API Key provided': https://github.com/stripe/stripe-node/issues/361";
    public const string ObservedUnknownRoute =
        "Observed Stripe 404 'Unrecognized request URL': https://github.com/stripe/stripe-dotnet/issues/118";
    public const string ObservedIdempotencyMismatch =
        "Observed Stripe 400 idempotency_error for a reused key: https://github.com/fjordllc/bootcamp/issues/3928";
    public const string ObservedMissingParam =
        "Observed Stripe 400 parameter_missing naming the bracketed param: "
        + "https://github.com/stripe/stripe-node/issues/1114";
    public const string ObservedUnknownParam =
        "Observed Stripe 400 'Received unknown parameter': https://github.com/stripe/stripe-node/issues/317";
    public const string ObservedInvalidInteger =
        "Observed Stripe 400 parameter_invalid_integer: https://github.com/stripe/stripe-cli/issues/585";
    public const string ObservedNoSuchCustomer =
        "Observed Stripe 400 resource_missing 'No such customer' with param customer: "
        + "https://github.com/redwoodjs/example-store-stripe/pull/168";
    public const string ObservedExpansion =
        "Observed Stripe 400 'This property cannot be expanded': https://github.com/gitpod-io/gitpod/issues/13035";
    public const string ObservedResponseFields =
        "Observed Stripe error envelopes with code, doc_url, param and request_log_url: "
        + "https://github.com/AntonioErdeljac/next13-ai-saas/issues/40";

    public const string Assumptions =
        "Undocumented; the reference server's choice: src/CreditGrantConformance.ReferenceServer/ASSUMPTIONS.md";
}
