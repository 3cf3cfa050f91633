using System.Collections.Immutable;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;

namespace Relevare.Static.Cli.Serve;

/// <summary>
/// What the server answers from, replaced as a whole after each build (requests read one snapshot, so they never
/// see half a site). <see cref="Files"/> are the last good build's; <see cref="Problems"/> are the latest build's
/// diagnostics when it failed (then pages show the error overlay), empty when it succeeded.
/// </summary>
/// <param name="BuildId">Changes with every build that changed anything; pages carry it to know when they are stale.</param>
/// <param name="Files">Output path → bytes, of the last good build.</param>
/// <param name="Problems">The latest build's diagnostics if it failed, else empty.</param>
internal sealed record ServedSite(string BuildId, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Files, ImmutableArray<Diagnostic> Problems)
{
    public bool Failing => !Problems.IsEmpty;

    /// <summary>The files by path (a plain dictionary: never changed after this, so safe to read from any thread).</summary>
    public static IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Index(IEnumerable<OutputFile> files) =>
        files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

    /// <summary>True when <paramref name="other"/> would show the browser exactly the same thing.</summary>
    public bool SameContentAs(ServedSite other) =>
        Problems.SequenceEqual(other.Problems)
        && Files.Count == other.Files.Count
        && Files.All(f => other.Files.TryGetValue(f.Key, out var bytes) && (f.Value.Equals(bytes) || f.Value.Span.SequenceEqual(bytes.Span)));
}
