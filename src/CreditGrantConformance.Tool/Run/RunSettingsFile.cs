using System.Xml;
using System.Xml.Linq;

namespace CreditGrantConformance.Tool.Run;

/// <summary>
/// The <c>TestRunParameters</c> of a runsettings file (<c>--settings</c>), so the files of the repository's
/// <c>runsettings/</c> folder work with the tool as with <c>dotnet test</c>.
/// </summary>
public static class RunSettingsFile
{
    public static IReadOnlyDictionary<string, string> Read(string? path)
    {
        if (path is null)
        {
            return new Dictionary<string, string>();
        }

        if (!File.Exists(path))
        {
            throw new ToolException(ExitCodes.BadInput, $"--settings names '{path}', which does not exist.");
        }

        try
        {
            return XDocument.Load(path).Descendants("TestRunParameters").Elements("Parameter")
                .Where(p => p.Attribute("name") is not null && p.Attribute("value") is not null)
                .ToDictionary(
                    p => p.Attribute("name")!.Value, p => p.Attribute("value")!.Value, StringComparer.Ordinal);
        }
        catch (XmlException ex)
        {
            throw new ToolException(ExitCodes.BadInput, $"--settings '{path}' is not a runsettings file: {ex.Message}");
        }
    }
}
