using NUnit.Framework;

namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// One case of a data-driven family as a check of its own: named by its id, with its own traits and categories.
/// </summary>
public static class CheckCase
{
    public static TestCaseData Of(CheckInfo info, params object?[] arguments)
    {
        var data = new TestCaseData(arguments).SetName(info.DisplayName);
        foreach (var (name, value) in CheckProperties.Of(info))
        {
            data.SetProperty(name, value);
        }

        foreach (var category in CheckProperties.Categories(info))
        {
            data.SetCategory(category);
        }

        return data;
    }
}
