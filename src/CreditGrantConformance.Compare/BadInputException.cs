namespace CreditGrantConformance.Compare;

/// <summary>
/// Input the comparison cannot use (a missing directory, an unreadable file): reported in one line, exit code 2.
/// </summary>
public sealed class BadInputException(string message) : Exception(message);
