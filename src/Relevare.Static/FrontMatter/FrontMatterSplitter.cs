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
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text.AsSpan(0, firstEnd)))
        {
            var fenceLine = Array.FindIndex(text.Split('\n'), line => IsFence(line));
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

        // Walk line by line without splitting the whole file: only the front matter is looked at.
        var yamlStart = Math.Min(firstEnd + 1, text.Length);
        var lineNumber = 2;
        for (var start = yamlStart; start < text.Length || start == yamlStart; lineNumber++)
        {
            var end = LineEnd(text, start);
            var line = text.AsSpan(start, end - start);
            if (IsFence(line) || line.TrimEnd().SequenceEqual("..."))
            {
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)] : "";
                if (yaml.Length > MaxFrontMatterChars)
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.FileTooLarge, SourceLocation.File(path),
                        $"the front matter is {(yaml.Length + 1023) / 1024} KiB; the limit is {MaxFrontMatterChars / 1024} KiB",
                        "front matter holds short fields; move long text into the page body"));
                    return null;
                }

                var body = end < text.Length ? text.AsMemory(end + 1) : ReadOnlyMemory<char>.Empty;
                return new FrontMatterSplit(yaml, 2, body, lineNumber + 1);
            }

            if (end >= text.Length)
            {
                break;
            }

            start = end + 1;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.FrontMatterUnterminated,
            SourceLocation.File(path),
            "the front matter opened on line 1 is never closed",
            "add a line with only '---' after the last front matter field"));
        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");
}
