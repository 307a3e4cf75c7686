namespace CreditGrantConformance.Client;

/// <summary>
/// Whose a request is: a check's, counted under its operation, or the run's own (the probe before the first check,
/// the cleanup after the last, the sweeper's), counted apart so a live account's budget tells them from the checks'.
/// </summary>
public enum Traffic
{
    Check,
    Probe,
    Cleanup,
    Sweep,
}
