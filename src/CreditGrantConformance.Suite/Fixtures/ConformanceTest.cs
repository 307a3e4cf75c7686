using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Suite.Fixtures;

/// <summary>Base of every check fixture: the run's settings and the API client, nothing else.</summary>
public abstract class ConformanceTest
{
    protected static ConformanceRun Run => ConformanceRun.Current;

    protected static ConformanceSettings Settings => Run.Settings;

    protected static CreditGrantApi Api => Run.Api;
}
