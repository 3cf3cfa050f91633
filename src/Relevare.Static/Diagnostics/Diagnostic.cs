using System.Globalization;

namespace Relevare.Static.Diagnostics;

/// <summary>
/// One problem found in the site's sources: where it is, a stable code, what is wrong and how to fix it.
/// Diagnostics are data: stages collect them and keep going, so an editor fixes everything in one run.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable code such as <c>RS0203</c>, documented in the README.</param>
/// <param name="Path">The file, relative to the source root, with <c>/</c> separators.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it, or <c>null</c>.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Path,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, SourceLocation at, string message, string? hint = null) =>
        new(DiagnosticSeverity.Error, code, at.Path, at.Line, at.Column, message, hint);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, SourceLocation at, string message, string? hint = null) =>
        new(DiagnosticSeverity.Warning, code, at.Path, at.Line, at.Column, message, hint);

    /// <summary>
    /// For an internal error (RS0009), the exception with its stack trace, for a bug report: printed only with
    /// <c>--verbose</c> and in JSON output, never in the plain line an editor reads. Null otherwise.
    /// </summary>
    public string? Details { get; init; }

    /// <summary>
    /// The other places where the very same finding was made, in order, when identical findings were merged into this
    /// one (<see cref="DiagnosticMerger"/>); empty otherwise.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<SourceLocation> Also { get; init; } = [];

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The location part, e.g. <c>content/a.md:3:7</c> (line and column default to 1 so editors can jump).</summary>
    public string Location => string.Create(
        CultureInfo.InvariantCulture, $"{Path}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}");

    /// <summary>The compiler-style line: <c>path:line:col: error CODE: message</c>, then the hint.</summary>
    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        var text = $"{Location}: {severity} {Code}: {Message}{DiagnosticMerger.MoreText(Also)}";
        return Hint is null ? text : $"{text}\n  hint: {Hint}";
    }
}
