using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Content;

/// <summary>
/// Finds the archetypes' <c>FILL-IN</c> marker wherever it is left in a page (front matter, comments included, and
/// body): each one is an unfinished part (RS0617; a warning, an error under --strict).
/// </summary>
internal static class FillInScanner
{
    /// <summary>Reports every FILL-IN in <paramref name="text"/>, whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static void Scan(string path, string text, int firstLine, string where, List<Diagnostic> diagnostics)
    {
        // Searched in the whole text, without splitting it into lines: this runs over every page, and almost no page
        // has the text. The line and column of a find are counted from the text before it.
        var line = 0;
        var lineStart = 0;
        for (var at = text.IndexOf(YamlPlaceholder.FillIn, StringComparison.Ordinal); at >= 0; at = text.IndexOf(YamlPlaceholder.FillIn, at + 1, StringComparison.Ordinal))
        {
            var newlines = text.AsSpan(lineStart, at - lineStart);
            if (newlines.LastIndexOf('\n') is var last and >= 0)
            {
                line += newlines.Count('\n');
                lineStart += last + 1;
            }

            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.FillInText, new SourceLocation(path, firstLine + line, at - lineStart + 1),
                $"the {where} still has the archetype's '{YamlPlaceholder.FillIn}' text: this part of the page is unfinished",
                "replace it with the finished text (or delete it), then build again"));
        }
    }
}
