namespace CreditGrantConformance.Results.Summary;

/// <summary>
/// The categories of checks, as the summary writes them and a filter selects them:
/// <c>dotnet test --filter TestCategory=validation</c>.
/// </summary>
public static class Categories
{
    public const string Shape = "shape";
    public const string Validation = "validation";
    public const string State = "state";
    public const string Pagination = "pagination";
    public const string Headers = "headers";
    public const string Auth = "auth";
    public const string Idempotency = "idempotency";
    public const string Errors = "errors";
    public const string Concurrency = "concurrency";
}
