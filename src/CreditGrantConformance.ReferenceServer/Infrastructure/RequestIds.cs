using System.Security.Cryptography;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

public static class RequestIds
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string New() => "req_" + Random(14);

    public static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
