using CreditGrantConformance.Suite.Checks;
using NUnit.Framework;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// One case of a data-driven family as a check of its own: named by its id, carrying its <see cref="CheckInfo"/>
/// (whether it needs state included), with its own traits and categories.
/// </summary>
public static class CheckCase
{
    public static TestCaseData Of(CheckInfo info, params object?[] arguments)
    {
        var data = new TestCaseData(arguments).SetName(info.DisplayName);
        CheckProperties.Attach(data.Properties, info);
        return data;
    }
}
