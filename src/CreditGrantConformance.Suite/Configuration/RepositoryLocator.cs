namespace CreditGrantConformance.Suite.Configuration;

/// <summary>
/// Finds the repository root so relative paths and the default results folder do not depend on the test host's working
/// directory.
/// </summary>
public static class RepositoryLocator
{
    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
