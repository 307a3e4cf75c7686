namespace CreditGrantConformance.Client;

public enum AuthScheme
{
    Bearer,

    /// <summary>The key as the user name of HTTP Basic, as <c>curl -u sk_test_…:</c> sends it.</summary>
    Basic,

    None,
}
