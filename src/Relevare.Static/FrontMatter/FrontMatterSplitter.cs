using Relevare.Static.Diagnostics;

namespace Relevare.Static.FrontMatter;

/// <summary>Cuts the <c>---</c> fenced YAML front matter from the top of a Markdown file.</summary>
internal static class FrontMatterSplitter
{
    /// <summary>Front matter is a handful of short fields; a cap keeps a bad paste from becoming a YAML bomb.</summary>
    public const int MaxFrontMatterChars = 64 * 1024;

    /// <summary>Splits <paramref name="text"/> (line endings already <c>\n</c>); null with a diagnostic when malformed.</summary>
    public static FrontMatterSplit? Split(string path, string text, List<Diagnostic> diagnostics)
    {
        var lines = text.Split('\n');
        if (!IsFence(lines[0]))
        {
            var fenceLine = Array.FindIndex(lines, IsFence);
            var message = fenceLine > 0
                ? $"front matter must start on line 1, but the first '---' is on line {fenceLine + 1}"
                : "the file has no front matter";
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FrontMatterMissing,
                SourceLocation.File(path),
                message,
                "start the file with a '---' line, the fields (e.g. 'title: …'), and another '---' line"));
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (IsFence(lines[i]) || lines[i].TrimEnd() == "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                if (yaml.Length > MaxFrontMatterChars)
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.FileTooLarge, SourceLocation.File(path),
                        $"the front matter is {(yaml.Length + 1023) / 1024} KiB; the limit is {MaxFrontMatterChars / 1024} KiB",
                        "front matter holds short fields; move long text into the page body"));
                    return null;
                }

                var body = i + 1 < lines.Length ? string.Join('\n', lines, i + 1, lines.Length - i - 1) : "";
                return new FrontMatterSplit(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.FrontMatterUnterminated,
            SourceLocation.File(path),
            "the front matter opened on line 1 is never closed",
            "add a line with only '---' after the last front matter field"));
        return null;
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";
}
