using System.Reflection;
using System.Runtime.CompilerServices;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// The house's two layers, held by tests: only the check layer (the suite's Execution and Fixtures namespaces) talks to
/// NUnit, and nothing below it keeps static state that could be written.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] CheckLayer = [".Execution", ".Fixtures"];

    [Test]
    public void Only_the_check_layer_of_the_suite_talks_to_nunit()
    {
        var suite = Path.Combine(RepositoryLocator.FindRoot(), "src", "CreditGrantConformance.Suite");
        var talking = SourceFiles.Under(suite, ".")
            .Where(f => !CheckLayer.Any(
                layer => (Path.GetDirectoryName(f) ?? "").EndsWith(layer.TrimStart('.'), StringComparison.Ordinal)))
            .Where(f => File.ReadLines(Path.Combine(suite, f))
                .Any(l => l.StartsWith("using NUnit", StringComparison.Ordinal)));

        // Test cases of the data files are NUnit's TestCaseData by nature: built for the check layer, next to their
        // loaders.
        Assert.That(talking.Where(f => f != Path.Combine("Requests", "InvalidCases.cs")), Is.Empty);
    }

    [Test]
    public void Nothing_below_the_check_layer_has_writable_static_state()
    {
        var writable = typeof(CheckInfo).Assembly.GetTypes()
            .Where(t => !CheckLayer.Any(layer => t.Namespace?.EndsWith(layer, StringComparison.Ordinal) == true))
            .SelectMany(t => t.GetFields(
                BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral
                && !f.IsInitOnly
                && f.GetCustomAttribute<CompilerGeneratedAttribute>() is null
                && !IsCompilerGenerated(f.DeclaringType!))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");

        Assert.That(writable, Is.Empty);
    }

    // Lambda caches of the compiler (<>c) are written once, lazily, with the same delegate: not state.
    private static bool IsCompilerGenerated(Type type) =>
        type.GetCustomAttribute<CompilerGeneratedAttribute>() is not null
        || (type.DeclaringType is { } outer && IsCompilerGenerated(outer));
}
