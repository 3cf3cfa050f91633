namespace Relevare.Static.Diagnostics;

/// <summary>How serious a diagnostic is. Errors fail the build; warnings fail it only under <c>--strict</c>.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth fixing; the site is still published.</summary>
    Warning,

    /// <summary>The site is not published.</summary>
    Error,
}
