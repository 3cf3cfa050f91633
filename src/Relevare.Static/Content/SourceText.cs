using System.Buffers;
using System.Text;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Content;

/// <summary>Decodes source files strictly: invalid UTF-8 is reported with its byte offset, never replaced silently.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 (a leading BOM is dropped) and normalises line endings to <c>\n</c>.</summary>
    public static string? Decode(string path, byte[] bytes, List<Diagnostic> diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(e.Index, 0);
            var (line, column) = LineAndColumnOfByte(bytes, offset);
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidUtf8,
                new SourceLocation(path, line, column),
                $"the file is not valid UTF-8 (byte offset {offset})",
                "save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)"));
            return null;
        }

        text = text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
        return ReportControlCharacters(path, text, diagnostics) ? null : text;
    }

    // NUL and other C0/C1 controls (except tab and newline) are invisible in editors and break parsers and
    // browsers. Searched with a vectorised scan: this runs over every byte of every page.
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not ('\t' or '\n')), '\u2028', '\u2029']);

    private static bool ReportControlCharacters(string path, string text, List<Diagnostic> diagnostics)
    {
        var index = text.AsSpan().IndexOfAny(ControlCharacters);
        if (index < 0)
        {
            return false;
        }

        var before = text.AsSpan(0, index);
        var line = before.Count('\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.ControlCharacter,
            new SourceLocation(path, line, column),
            $"invisible control character U+{(int)text[index]:X4}",
            "delete it (it often comes from pasting out of a word processor or PDF)"));
        return true;
    }

    private static (int Line, int Column) LineAndColumnOfByte(byte[] bytes, int offset)
    {
        var before = bytes.AsSpan(0, Math.Min(offset, bytes.Length));
        var line = before.Count((byte)'\n') + 1;
        return (line, offset - (before.LastIndexOf((byte)'\n') + 1) + 1);
    }
}
