using System.Xml.Linq;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// Every runsettings file of the repository tells NUnit3TestAdapter to leave stack traces out: the adapter gives every
/// failed test one, a bare line break when it has none, and vstest printed it as an empty "Stack Trace:" under each
/// failure. A new file for a new kind of target keeps the console as clean as the others.
/// </summary>
public sealed class RunSettingsFilesTests
{
    private static IEnumerable<string> Files() =>
        Directory.GetFiles(Path.Combine(RepositoryLocator.FindRoot(), "runsettings"), "*.runsettings")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Files))]
    public void The_file_tells_the_adapter_to_leave_out_stack_traces(string file)
    {
        var settings = XDocument.Load(Path.Combine(RepositoryLocator.FindRoot(), "runsettings", file));

        Assert.That(
            settings.Root?.Element("NUnit")?.Element("IncludeStackTrace")?.Value,
            Is.EqualTo("false"),
            $"runsettings/{file}: add <NUnit><IncludeStackTrace>false</IncludeStackTrace></NUnit> as "
            + "runsettings/embedded.runsettings has it");
    }
}
