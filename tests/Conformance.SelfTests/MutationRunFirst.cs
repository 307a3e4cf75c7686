using CreditGrantConformance.SelfTests.Faults;

namespace CreditGrantConformance.SelfTests;

/// <summary>
/// Starts the mutation run (<see cref="FaultRuns"/>) before any other self-test, when the run selects it: its fault
/// runs spend much of their time waiting on their servers, so the other self-tests run meanwhile on the same cores,
/// and the tests that judge the fault runs (category mutation) find them done or nearly. A run that leaves the
/// mutation category out never starts it. Ordered first among the assembly's suites (NUnit runs ordered fixtures
/// before the namespaces beside them).
/// </summary>
[Category("mutation")]
[Order(0)]
public sealed class MutationRunFirst
{
    [Test]
    public void The_mutation_run_starts_before_the_other_self_tests_and_runs_beside_them()
    {
        var runs = FaultRuns.GetAsync();

        // Only a run that breaks at once shows here; its results are judged by the tests that await them.
        Assert.That(runs.IsFaulted, Is.False, () => runs.Exception?.ToString() ?? "");
    }
}
