namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// The error a refused request must answer: its status and type, and where known its code and the param it names (or
/// the start of that param's name).
/// </summary>
public sealed record ExpectedError(int Status, string Type, string? Code, string? Param, string? ParamPrefix);
