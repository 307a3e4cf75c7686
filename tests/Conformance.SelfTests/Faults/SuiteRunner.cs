namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Runs the suite against a base URL (or its embedded server when null): <see cref="SuiteProcess"/> or
/// <see cref="SuiteInProcess"/>.
/// </summary>
internal delegate Task<SuiteRun> SuiteRunner(
    Uri? baseUrl,
    string? apiKey,
    string resultsDirectory,
    IReadOnlyDictionary<string, string>? extra,
    string? filter);
