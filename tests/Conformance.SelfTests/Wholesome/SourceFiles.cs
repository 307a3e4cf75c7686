namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>The C# files of a folder of the repository, as written: build output (obj, bin) left out.</summary>
internal static class SourceFiles
{
    /// <summary>Paths relative to <paramref name="root"/>.</summary>
    public static IEnumerable<string> Under(string root, string folder) =>
        Directory.GetFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"));
}
