using System.Collections;

namespace CreditGrantConformance.Client;

/// <summary>
/// Ordered, nested Stripe parameters. Values: string, bool, integral numbers, <see cref="DateTimeOffset"/> (sent as
/// unix seconds), <see cref="FormParams"/> (an object) or a sequence of values (an array). A null value omits the
/// parameter.
/// </summary>
public sealed class FormParams : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly List<KeyValuePair<string, object?>> entries = [];

    public int Count => entries.Count;

    public object? this[string key]
    {
        get => entries.FirstOrDefault(e => e.Key == key).Value;
        set
        {
            var index = entries.FindIndex(e => e.Key == key);
            if (index >= 0)
            {
                entries[index] = KeyValuePair.Create(key, value);
            }
            else
            {
                entries.Add(KeyValuePair.Create(key, value));
            }
        }
    }

    public void Add(string key, object? value) => this[key] = value;

    public bool Remove(string key) => entries.RemoveAll(e => e.Key == key) > 0;

    public bool ContainsKey(string key) => entries.Exists(e => e.Key == key);

    public FormParams DeepClone()
    {
        var clone = new FormParams();
        foreach (var (key, value) in entries)
        {
            clone.entries.Add(KeyValuePair.Create(key, CloneValue(value)));
        }

        return clone;
    }

    /// <summary>
    /// Sets the value at a bracketed path such as <c>amount[monetary][value]</c> or <c>prices[0][id]</c>, creating what
    /// lies between.
    /// </summary>
    public void SetPath(string bracketedPath, object? value)
    {
        var segments = BracketPath.Split(bracketedPath);
        object container = this;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            container = Child(container, segments[i], segments[i + 1]);
        }

        Assign(container, segments[^1], value);
    }

    /// <summary>Removes the value at a bracketed path; false when nothing is there.</summary>
    /// <summary>
    /// The value at a bracketed path (<c>amount[monetary][value]</c>), or null when nothing is there.
    /// </summary>
    public object? GetPath(string bracketedPath)
    {
        object? node = this;
        foreach (var segment in BracketPath.Split(bracketedPath))
        {
            node = node is FormParams form ? form[segment] : null;
        }

        return node;
    }

    /// <summary>The JSON pointer of a bracketed path: where a Stripe object echoes the parameter.</summary>
    public static string PointerOf(string bracketedPath) =>
        string.Concat(BracketPath.Split(bracketedPath).Select(s =>
            "/" + s.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));

    public bool RemovePath(string bracketedPath)
    {
        var segments = BracketPath.Split(bracketedPath);
        object? container = this;
        for (var i = 0; i < segments.Count - 1 && container is not null; i++)
        {
            container = Get(container, segments[i]);
        }

        return container switch
        {
            FormParams form => form.Remove(segments[^1]),
            List<object?> list when int.TryParse(segments[^1], out var index) && index < list.Count
                => RemoveAt(list, index),
            _ => false,
        };
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool RemoveAt(List<object?> list, int index)
    {
        list.RemoveAt(index);
        return true;
    }

    private static object? Get(object container, string segment) => container switch
    {
        FormParams form => form[segment],
        List<object?> list when int.TryParse(segment, out var i) && i < list.Count => list[i],
        _ => null,
    };

    private static object Child(object container, string segment, string next)
    {
        var existing = Get(container, segment);
        if (existing is FormParams or List<object?>)
        {
            return existing;
        }

        if (existing is IEnumerable<object?> sequence)
        {
            var copy = sequence.ToList();
            Assign(container, segment, copy);
            return copy;
        }

        object created = int.TryParse(next, out _) ? new List<object?>() : new FormParams();
        Assign(container, segment, created);
        return created;
    }

    private static void Assign(object container, string segment, object? value)
    {
        switch (container)
        {
            case FormParams form:
                form[segment] = value;
                break;
            case List<object?> list when int.TryParse(segment, out var index):
                while (list.Count <= index)
                {
                    list.Add(null);
                }

                list[index] = value;
                break;
            default:
                throw new ArgumentException($"Cannot set '{segment}' inside a {container.GetType().Name}.");
        }
    }

    private static object? CloneValue(object? value) => value switch
    {
        FormParams form => form.DeepClone(),
        string or null => value,
        IEnumerable<object?> sequence => sequence.Select(CloneValue).ToList(),
        _ => value,
    };
}
