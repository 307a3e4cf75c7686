using NUnit.Framework;

namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// The check needs a target that keeps state (read-after-write, transitions, paging over created objects).
/// In the stateless profile it is reported as not applicable, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresStateAttribute() : PropertyAttribute(Name, "true")
{
    public const string Name = "RequiresState";
}
