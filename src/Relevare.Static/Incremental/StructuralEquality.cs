using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Relevare.Static.Incremental;

/// <summary>
/// Deep value equality over the pipeline's immutable model (records, immutable collections, strings, dates),
/// walking members by reflection so that members added later take part without a change here. Conservative: when
/// in doubt (a class that is neither a record nor a collection, a graph too deep) it answers "different", which
/// costs a rebuild but never reuses a stale result.
/// </summary>
internal sealed class StructuralEquality : IEqualityComparer
{
    private const int MaxDepth = 32;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    private readonly Func<PropertyInfo, bool> _ignore;
    private int _depth;

    private StructuralEquality(Func<PropertyInfo, bool> ignore) => _ignore = ignore;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> hold the same values, skipping the record members <paramref name="ignore"/> names.</summary>
    public static bool AreEqual(object? a, object? b, Func<PropertyInfo, bool> ignore) => new StructuralEquality(ignore).Same(a, b);

    bool IEqualityComparer.Equals(object? x, object? y) => Same(x, y);

    int IEqualityComparer.GetHashCode(object obj) => 0;

    private bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetType() != b.GetType() || _depth >= MaxDepth)
        {
            return false;
        }

        // The type's own equality, when it says "equal", is right: records compare their members (collections by
        // reference, so equal means the very same items), value types their fields. Cheap, and what most
        // comparisons here end with (an unchanged page's record holds the same source instance as before).
        if (a.Equals(b))
        {
            return true;
        }

        _depth++;
        try
        {
            return a switch
            {
                string => a.Equals(b),
                ReadOnlyMemory<byte> bytes => bytes.Span.SequenceEqual(((ReadOnlyMemory<byte>)b).Span), // file contents
                IStructuralEquatable structural => structural.Equals(b, this), // arrays, ImmutableArray (default included), tuples
                IDictionary dictionary => SameEntries(dictionary, (IDictionary)b),
                IEnumerable items => SameItems(items, (IEnumerable)b),
                _ when IsRecord(a.GetType()) => SameMembers(a, b),
                _ => a.Equals(b), // value types compare their fields; other classes only if they define value equality
            };
        }
        finally
        {
            _depth--;
        }
    }

    private bool SameEntries(IDictionary a, IDictionary b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        // Equal dictionaries built the same way enumerate in the same order: try that first, without lookups.
        if (SameInOrder(a.GetEnumerator(), b.GetEnumerator()))
        {
            return true;
        }

        foreach (DictionaryEntry entry in a)
        {
            if (!b.Contains(entry.Key) || !Same(entry.Value, b[entry.Key]))
            {
                return false;
            }
        }

        return true;
    }

    private bool SameInOrder(IDictionaryEnumerator left, IDictionaryEnumerator right)
    {
        while (left.MoveNext())
        {
            if (!right.MoveNext() || !Same(left.Key, right.Key) || !Same(left.Value, right.Value))
            {
                return false;
            }
        }

        return !right.MoveNext();
    }

    // In order: two sets holding the same items in a different order count as different (conservative).
    private bool SameItems(IEnumerable a, IEnumerable b)
    {
        var left = a.GetEnumerator();
        var right = b.GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            if (hasLeft != right.MoveNext())
            {
                return false;
            }

            if (!hasLeft)
            {
                return true;
            }

            if (!Same(left.Current, right.Current))
            {
                return false;
            }
        }
    }

    private bool SameMembers(object a, object b)
    {
        foreach (var property in Properties.GetOrAdd(a.GetType(), ReadableProperties))
        {
            if (!_ignore(property) && !Same(property.GetValue(a), property.GetValue(b)))
            {
                return false;
            }
        }

        return true;
    }

    // Reflection over the model's own types: every one of them is a type of this assembly, which the published tool
    // roots as a whole (TrimmerRootAssembly in the CLI project), so ahead-of-time compilation keeps their members.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The CLI roots this assembly: its records keep every property.")]
    private static PropertyInfo[] ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToArray();

    // The compiler gives every record a clone method with this unspeakable name.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The CLI roots this assembly: its records keep their clone method.")]
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;
}
