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

    // NUL and other C0 controls (except tab and newline) are invisible in editors and break parsers and browsers.
    private static bool ReportControlCharacters(string path, string text, List<Diagnostic> diagnostics)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if ((char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029')
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.ControlCharacter,
                    new SourceLocation(path, line, i - lineStart + 1),
                    $"invisible control character U+{(int)c:X4}",
                    "delete it (it often comes from pasting out of a word processor or PDF)"));
                return true;
            }
        }

        return false;
    }

    private static (int Line, int Column) LineAndColumnOfByte(byte[] bytes, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
