using System.Reflection;
using System.Xml.Linq;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// The projects' references, held by tests: the comparison reads a run through the results library alone, and that
/// library stays free of the test framework, the property library, the schema library and the web server, so whatever
/// reads results (the comparison, the tool, a CI script) loads none of them. The SDK mode's wire check reads the
/// requests a target recorded through the library's interface, never the reference server's internals.
/// </summary>
public sealed class ProjectLayeringTests
{
    private static readonly string[] Forbidden =
        ["nunit", "fscheck", "json.schema", "jsonschema", "microsoft.aspnetcore"];

    private static readonly string[] ResultsOnly = ["CreditGrantConformance.Results"];

    [Test]
    public void Compare_references_the_results_library_only()
    {
        Assert.That(ProjectReferences("CreditGrantConformance.Compare"), Is.EqualTo(ResultsOnly));
    }

    [Test]
    public void The_results_library_references_no_test_framework_property_schema_or_web_library()
    {
        var project = XDocument.Load(ProjectFile("CreditGrantConformance.Results"));
        var packages = project.Descendants("PackageReference").Select(p => (string?)p.Attribute("Include") ?? "");
        var loaded = AssembliesReachedFrom(typeof(SummaryFile).Assembly);

        Assert.Multiple(() =>
        {
            Assert.That((string?)project.Root?.Attribute("Sdk"), Is.EqualTo("Microsoft.NET.Sdk"), "not a web project");
            Assert.That(packages.Where(IsForbidden), Is.Empty, "package references");
            Assert.That(loaded.Where(IsForbidden), Is.Empty, "assemblies it reaches");
            Assert.That(
                ProjectReferences("CreditGrantConformance.Results"),
                Has.None.EqualTo("CreditGrantConformance.Suite")
                    .And.None.EqualTo("CreditGrantConformance.ReferenceServer"));
        });
    }

    [Test]
    public void The_wire_check_reads_recorded_requests_not_the_reference_server()
    {
        var suite = Path.Combine(RepositoryLocator.FindRoot(), "src", "CreditGrantConformance.Suite");
        var reaching = SourceFiles.Under(suite, "Driver")
            .Where(f => File.ReadLines(Path.Combine(suite, f))
                .Any(l => l.Contains("CreditGrantConformance.ReferenceServer", StringComparison.Ordinal)));

        Assert.That(reaching, Is.Empty);
    }

    private static bool IsForbidden(string name) =>
        Forbidden.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase));

    private static string ProjectFile(string project) =>
        Path.Combine(RepositoryLocator.FindRoot(), "src", project, project + ".csproj");

    private static List<string> ProjectReferences(string project) =>
        XDocument.Load(ProjectFile(project)).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')))
            .ToList();

    // Every assembly the library can pull in, transitively through the house's own and the packages they use.
    private static List<string> AssembliesReachedFrom(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var name in assembly.GetReferencedAssemblies().Where(n => seen.Add(n.Name ?? "")))
            {
                if (!IsPlatform(name.Name ?? "") && !IsForbidden(name.Name ?? ""))
                {
                    pending.Push(Assembly.Load(name));
                }
            }
        }

        return [.. seen];
    }

    private static bool IsPlatform(string name) =>
        name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib"
        || (name.StartsWith("Microsoft.", StringComparison.Ordinal) && !IsForbidden(name));
}
