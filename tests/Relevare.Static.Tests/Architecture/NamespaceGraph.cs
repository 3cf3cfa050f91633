using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Relevare.Static.Tests.Architecture;

/// <summary>
/// Which of a set of namespaces use which, from the compiled types (NetArchTest reads each type's signatures and IL,
/// so a use counts wherever it is: a field, a parameter, a local, a lambda's closure). A namespace is exactly that
/// namespace: <c>Relevare.Static</c> means the root's own types, not its sub-namespaces. Constants are compiled into
/// their users, so a use of a constant alone is not seen.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Types _types;
    private readonly ImmutableArray<string> _namespaces;
    private readonly Dictionary<(string From, string To), ImmutableArray<string>> _edges = [];

    public NamespaceGraph(Types types, IEnumerable<string> namespaces)
    {
        _types = types;
        _namespaces = [.. namespaces];
    }

    /// <summary>The types of <paramref name="from"/> that use a type of <paramref name="to"/> (full names, sorted).</summary>
    public ImmutableArray<string> Users(string from, string to)
    {
        if (!_edges.TryGetValue((from, to), out var users))
        {
            var result = _types.That().ResideInNamespaceMatching("^" + Regex.Escape(from) + "$")
                .ShouldNot().HaveDependencyOnAny([.. DependencyNames(to)]).GetResult();
            users = result.IsSuccessful ? [] : [.. result.FailingTypeNames.Order(StringComparer.Ordinal)];
            _edges[(from, to)] = users;
        }

        return users;
    }

    /// <summary>Every use of a later namespace of <paramref name="order"/> by an earlier one.</summary>
    public IEnumerable<string> BackwardUses(IReadOnlyList<string> order)
    {
        for (var i = 0; i < order.Count; i++)
        {
            for (var j = i + 1; j < order.Count; j++)
            {
                foreach (var user in Users(order[i], order[j]))
                {
                    yield return $"{user} ({order[i]}) uses {order[j]}, a later stage";
                }
            }
        }
    }

    /// <summary>The groups of namespaces that use each other in a circle (Tarjan's strongly connected components of size > 1).</summary>
    public List<List<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in _namespaces.Where(n => n != node && !Users(node, n).IsEmpty))
            {
                if (!index.TryGetValue(next, out var nextIndex))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], nextIndex);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }

        foreach (var node in _namespaces.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return cycles;
    }

    // NetArchTest matches a dependency name as a namespace prefix, so a namespace that contains other listed
    // namespaces (the root) is named by its own types instead.
    private IEnumerable<string> DependencyNames(string ns) =>
        _namespaces.Any(other => other.StartsWith(ns + ".", StringComparison.Ordinal))
            ? _types.That().ResideInNamespaceMatching("^" + Regex.Escape(ns) + "$").GetTypes().Select(t => t.FullName!)
            : [ns];
}
