using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Client;

/// <summary>The language-neutral cases of <c>fixtures/wire/</c>, one NUnit case per vector, named by its id.</summary>
internal static class WireVectors
{
    public const string RequestsFile = "requests.json";

    public const string ResponsesFile = "responses.json";

    public static IEnumerable<TestCaseData> Requests() => Load(RequestsFile);

    public static IEnumerable<TestCaseData> Responses() => Load(ResponsesFile);

    /// <summary>The operations the vectors of one file are about.</summary>
    public static IEnumerable<string> Operations(string file) => Cases(file).Select(c => c["operation"]!.ToString());

    private static IEnumerable<TestCaseData> Load(string file) =>
        Cases(file).Select(c => new TestCaseData(c).SetArgDisplayNames(c["id"]!.ToString()));

    private static IEnumerable<JsonObject> Cases(string file)
    {
        var path = Path.Combine(RepositoryLocator.FindRoot(), "fixtures", "wire", file);
        return JsonNode.Parse(File.ReadAllText(path))!["cases"]!.AsArray().Select(c => c!.AsObject());
    }
}
