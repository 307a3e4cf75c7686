using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Client;

/// <summary>The language-neutral cases of <c>fixtures/wire/</c>, one NUnit case per vector, named by its id.</summary>
internal static class WireVectors
{
    public static IEnumerable<TestCaseData> Requests() => Load("requests.json");

    public static IEnumerable<TestCaseData> Responses() => Load("responses.json");

    private static IEnumerable<TestCaseData> Load(string file)
    {
        var path = Path.Combine(RepositoryLocator.FindRoot(), "fixtures", "wire", file);
        var cases = JsonNode.Parse(File.ReadAllText(path))!["cases"]!.AsArray();
        return cases.Select(c => new TestCaseData(c!.AsObject()).SetArgDisplayNames(c!["id"]!.ToString()));
    }
}
