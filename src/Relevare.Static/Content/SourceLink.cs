namespace Relevare.Static.Content;

/// <summary>A symbolic link found in the site's folder: never followed, reported instead.</summary>
/// <param name="Path">The link itself, relative to the site's folder (with <c>/</c>), e.g. <c>content/_data</c>.</param>
/// <param name="Target">Where it points, as written in the link (relative or absolute).</param>
/// <param name="IsFolder">True when it points to a folder (or a folder once did: a broken link counts as a file).</param>
public sealed record SourceLink(string Path, string Target, bool IsFolder);
