using System.Text.RegularExpressions;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// The operation descriptor (<c>ApiOperation</c>) is the only place a path of the API is written: a path written
/// anywhere else in the product or the checks would drift from it the day an operation changes.
/// </summary>
public sealed partial class OperationPathTests
{
    private static readonly string[] Scanned = ["src", Path.Combine("tests", "Conformance")];
    private static readonly string Descriptors = Path.Combine("src", "CreditGrantConformance.Operations");

    [Test]
    public void No_code_outside_the_operation_descriptor_writes_an_api_path()
    {
        var root = RepositoryLocator.FindRoot();
        var written = Scanned
            .SelectMany(folder => SourceFiles.Under(root, folder))
            .Where(f => !f.StartsWith(Descriptors, StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(Path.Combine(root, f))
                .Select((line, i) => (Where: $"{f}:{i + 1}", Line: line.Trim())))
            .Where(l => !l.Line.StartsWith("//", StringComparison.Ordinal) && PathLiteral().IsMatch(l.Line))
            .Select(l => $"{l.Where}: {l.Line}");

        Assert.That(written, Is.Empty, "build the path from ApiOperation (PathFor, CollectionPath, Describe) instead");
    }

    // A string that starts with an API path, alone or after its method; a JSON value ("url":"/v1/…") is data.
    [GeneratedRegex("""(?<![:\w])"(?:(?:GET|POST|DELETE) )?/v1/""")]
    private static partial Regex PathLiteral();
}
