namespace CreditGrantConformance.Suite.Http;

/// <summary>Operation labels: check id prefixes, request figures and report stories use the same names.</summary>
public static class Operations
{
    public const string List = "list";
    public const string Retrieve = "retrieve";
    public const string Create = "create";
    public const string Update = "update";
    public const string Expire = "expire";
    public const string Void = "void";
    public const string Customer = "customer";
    public const string Other = "other";

    public static IReadOnlyList<string> CreditGrant { get; } = [List, Retrieve, Create, Update, Expire, Void];
}
