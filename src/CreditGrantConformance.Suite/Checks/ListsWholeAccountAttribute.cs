using NUnit.Framework;

namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// The check lists the whole account, not objects of its own: its answer holds whatever every other check made
/// meanwhile, so a fault that shapes another check's objects may show in it by chance. The self-tests record a fault
/// as caught by such a check only when the check, run alone against the fault, still fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ListsWholeAccountAttribute() : PropertyAttribute(Name, "true")
{
    public const string Name = "ListsWholeAccount";
}
