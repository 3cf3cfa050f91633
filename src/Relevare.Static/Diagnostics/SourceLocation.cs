namespace Relevare.Static.Diagnostics;

/// <summary>A position in a source file: path relative to the source root, 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The whole file (reported as line 1, column 1).</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);
}
