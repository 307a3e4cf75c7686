using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// The ways a valid create is broken in one place, each with its shrink: the plainest value just past the limit (0 for
/// a positive amount, 101 n's for a name), so a counterexample shows the edge rather than a random long string.
/// </summary>
internal static class Breakages
{
    public static Breakage Missing(string path) => new("missing", path, true, r => r.RemovePath(path));

    public static Breakage NotAnInteger(string path, string word) =>
        new("not an integer", path, true, r => r.SetPath(path, word))
        {
            Smaller = () => word == "x" ? [] : [NotAnInteger(path, "x")],
        };

    public static Breakage NotPositive(int value) =>
        new("not positive", "amount[monetary][value]", true, r => r.SetPath("amount[monetary][value]", value))
        {
            Smaller = () => value == 0 ? [] : [NotPositive(0)],
        };

    public static Breakage PriorityOutOfRange(int priority) =>
        new("priority out of 0–100", "priority", true, r => r["priority"] = priority)
        {
            Smaller = () => priority is 101 or -1 ? [] : [PriorityOutOfRange(priority > 100 ? 101 : -1)],
        };

    public static Breakage NameTooLong(string name) =>
        new("name over 100 characters", "name", true, r => r["name"] = name)
        {
            Smaller = () => name.Length == 101 && name.All(c => c == 'n') ? [] : [NameTooLong(new string('n', 101))],
        };

    public static Breakage NotInEnum(string path, string word) =>
        new("not in the enum", path, true, r => r.SetPath(path, word))
        {
            Smaller = () => word == "xxx" ? [] : [NotInEnum(path, "xxx")],
        };

    public static Breakage UnknownParameter(string path) =>
        new("unknown parameter", path, true, r => r.SetPath(path, "1"));

    public static Breakage MetadataKeyTooLong(string key) =>
        new("metadata key over 40 characters", "metadata", false, r => r.SetPath($"metadata[{key}]", "v"))
        {
            Smaller = () => key.Length == 41 && key.All(c => c == 'k') ? [] : [MetadataKeyTooLong(new string('k', 41))],
        };

    public static Breakage MetadataValueTooLong(string value) =>
        new("metadata value over 500 characters", "metadata", false, r => r.SetPath("metadata[long_value]", value))
        {
            Smaller = () => value.Length == 501 && value.All(c => c == 'v')
                ? []
                : [MetadataValueTooLong(new string('v', 501))],
        };

    public static Breakage TooManyMetadataKeys(int count) =>
        new("more than 50 metadata keys", "metadata", false, r => AddKeys(r, count))
        {
            Smaller = () => count == 50 ? [] : [TooManyMetadataKeys(50)],
        };

    private static void AddKeys(FormParams request, int count)
    {
        for (var i = 0; i < count; i++)
        {
            request.SetPath($"metadata[k{i}]", "v");
        }
    }
}
