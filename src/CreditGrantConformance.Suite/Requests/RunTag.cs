namespace CreditGrantConformance.Suite.Requests;

/// <summary>The metadata key that marks every object a run creates, so cleanup and the sweep can find it.</summary>
public static class RunTag
{
    public const string Key = "conformance_run";
}
