using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Execution;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Suite.Fixtures;

/// <summary>
/// Base of every check fixture (the check layer): the context of the check in progress, its settings and its API.
/// Test bodies read these; everything below them receives what it needs explicitly.
/// </summary>
public abstract class ConformanceTest
{
    protected static CheckContext Check => CheckContext.Current;

    protected static ConformanceSettings Settings => Check.Settings;

    protected static CreditGrantApi Api => Check.Api;
}
