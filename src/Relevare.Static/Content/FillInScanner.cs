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
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            for (var at = lines[i].IndexOf(YamlPlaceholder.FillIn, StringComparison.Ordinal); at >= 0; at = lines[i].IndexOf(YamlPlaceholder.FillIn, at + 1, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.FillInText, new SourceLocation(path, firstLine + i, at + 1),
                    $"the {where} still has the archetype's '{YamlPlaceholder.FillIn}' text: this part of the page is unfinished",
                    "replace it with the finished text (or delete it), then build again"));
            }
        }
    }
}
