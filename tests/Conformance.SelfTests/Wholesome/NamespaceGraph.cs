using System.Reflection;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// Which namespace of an assembly uses which other namespace of it, each edge with one example of a type that makes it
/// (so a cycle names the code to move). The assembly's root namespace (its name) is its composition root and public
/// face: it wires the namespaces below it together and holds the options they read, so a use of it is no edge.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> edges = new(StringComparer.Ordinal);

    private NamespaceGraph()
    {
    }

    /// <summary>The namespaces the types of <paramref name="assembly"/> declare and their uses of each other.</summary>
    public static NamespaceGraph Of(Assembly assembly)
    {
        var graph = new NamespaceGraph();
        var types = assembly.GetTypes();
        var own = types.Select(t => t.Namespace ?? "").ToHashSet(StringComparer.Ordinal);
        own.Remove(assembly.GetName().Name ?? "");
        foreach (var type in types)
        {
            var from = type.Namespace ?? "";
            var uses = TypeUses.Of(type).Where(u => u.Assembly == assembly && own.Contains(u.Namespace ?? ""));
            foreach (var used in uses)
            {
                var to = used.Namespace ?? "";
                var outgoing = graph.EdgesFrom(from);
                if (to != from)
                {
                    outgoing.TryAdd(to, $"{Outermost(type).Name} uses {Outermost(used).Name}");
                }
            }
        }

        return graph;
    }

    /// <summary>The namespaces that each use the others, in a closed loop: "A → B (X uses Y) → A (…)".</summary>
    public IEnumerable<string> Cycles() =>
        StronglyConnected().Where(group => group.Count > 1).Select(Describe);

    private Dictionary<string, string> EdgesFrom(string from)
    {
        if (!edges.TryGetValue(from, out var outgoing))
        {
            outgoing = new Dictionary<string, string>(StringComparer.Ordinal);
            edges[from] = outgoing;
        }

        return outgoing;
    }

    // One loop through the group, found by walking from its first member back to it within the group.
    private string Describe(IReadOnlyCollection<string> group)
    {
        var start = group.Order(StringComparer.Ordinal).First();
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var next in EdgesFrom(at).Keys.Where(group.Contains))
            {
                if (next == start)
                {
                    return Loop(start, at, cameFrom);
                }

                if (cameFrom.TryAdd(next, at))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return string.Join(" ↔ ", group);
    }

    private string Loop(string start, string last, Dictionary<string, string> cameFrom)
    {
        var path = new List<string> { last };
        while (path[^1] != start)
        {
            path.Add(cameFrom[path[^1]]);
        }

        path.Reverse();
        path.Add(start);
        return start + string.Concat(path.Zip(path.Skip(1), (a, b) => $" → {b} ({edges[a][b]})"));
    }

    // Tarjan's strongly connected components.
    private List<List<string>> StronglyConnected()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var groups = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in EdgesFrom(node).Keys.ToList())
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == index[node])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    group.Add(member);
                }
                while (member != node);
                groups.Add(group);
            }
        }

        foreach (var node in edges.Keys.ToList().Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return groups;
    }

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}
