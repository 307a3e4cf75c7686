using CreditGrantConformance.Suite.Execution;
using NUnit.Framework;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// Turns the invalid-input catalogue into NUnit cases, each a check of its own with the id, provenance, rule and source
/// of its entry.
/// </summary>
public static class InvalidCases
{
    public static IEnumerable<TestCaseData> All() => InvalidCatalogue.All.Select(c => CheckCase.Of(c.Check, c));
}
