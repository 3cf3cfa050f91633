namespace Relevare.Static.Citations;

/// <summary>One key of a citation as written, with its place in the body.</summary>
/// <param name="Key">The key, e.g. <c>niesters2014</c>.</param>
/// <param name="Line">0-based line within the body (Markdig's numbering).</param>
/// <param name="Column">0-based column.</param>
public sealed record CitationKey(string Key, int Line, int Column);
