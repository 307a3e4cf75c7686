using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// A <c>dotnet test --filter</c> expression as NUnit's own filter, so an in-process run selects the tests a process run
/// would: <c>Property=value</c>, <c>!=</c>, <c>~</c> (contains) and <c>!~</c>, joined with <c>&amp;</c> or <c>|</c>
/// (no parentheses). FullyQualifiedName, Name and TestCategory map to NUnit's filters; any other name is a property.
/// </summary>
public static partial class TestFilterText
{
    public static TestFilter Parse(string? filter) => filter is null
        ? TestFilter.Empty
        : TestFilter.FromXml(new XElement("filter", Either(filter)).ToString(SaveOptions.DisableFormatting));

    private static XElement Either(string text)
    {
        var parts = text.Split('|').Select(All).ToList();
        return parts.Count == 1 ? parts[0] : new XElement("or", parts);
    }

    private static XElement All(string text)
    {
        var parts = text.Split('&').Select(Condition).ToList();
        return parts.Count == 1 ? parts[0] : new XElement("and", parts);
    }

    private static XElement Condition(string text)
    {
        var match = ConditionPattern().Match(text.Trim());
        if (!match.Success)
        {
            throw new ArgumentException(
                $"'{text}' is not a filter condition this runner understands "
                    + "(Name=value, !=, ~, !~; no parentheses).",
                nameof(text));
        }

        var (name, op, value) =
            (match.Groups["name"].Value, match.Groups["op"].Value, match.Groups["value"].Value.Trim());
        var contains = op.EndsWith('~');
        var element = name switch
        {
            "FullyQualifiedName" => new XElement("test"),
            "Name" => new XElement("name"),
            "TestCategory" => new XElement("cat"),
            _ => new XElement("prop", new XAttribute("name", name)),
        };
        element.Value = contains ? Regex.Escape(value) : value;
        if (contains)
        {
            element.Add(new XAttribute("re", "1"));
        }

        return op.StartsWith('!') ? new XElement("not", element) : element;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z]+)\s*(?<op>!=|!~|=|~)(?<value>.+)$")]
    private static partial Regex ConditionPattern();
}
