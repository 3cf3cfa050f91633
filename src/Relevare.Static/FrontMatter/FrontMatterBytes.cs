using System.Buffers;
using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.FrontMatter;

/// <summary>
/// A page's file cut into front matter and body the way <see cref="SourceText.Decode"/> and
/// <see cref="FrontMatterSplitter.Split"/> cut it, without decoding the body: when the file is valid UTF-8 without
/// carriage returns or control characters and its front matter is closed, only the front matter becomes a string and
/// the body stays the file's own bytes (pages keep their body as UTF-8). Every other file, and every file with a
/// problem, is read the text way, so the findings are those of the text way.
/// </summary>
internal static class FrontMatterBytes
{
    // What SourceText refuses, as single bytes (C0 controls but tab and newline, carriage return included, and DEL).
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x80).Where(b => char.IsControl((char)b) && b is not ('\t' or '\n')).Select(b => (byte)b)]);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static FrontMatterSplit? Split(string path, byte[] bytes, List<Diagnostic> diagnostics)
    {
        if (TrySplit(bytes) is { } split)
        {
            return split;
        }

        var text = SourceText.Decode(path, bytes, diagnostics);
        return text is null ? null : FrontMatterSplitter.Split(path, text, diagnostics);
    }

    /// <summary>The split of a file that the text way reads without a finding; null for any other file.</summary>
    internal static FrontMatterSplit? TrySplit(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var file = bytes.AsSpan(start);
        if (file.IndexOfAny(ControlBytes) >= 0 || !System.Text.Unicode.Utf8.IsValid(file) || HasOtherControlCharacters(file))
        {
            return null;
        }

        var firstEnd = LineEnd(file, 0);
        if (Kind(file[..firstEnd]) is not LineKind.Fence)
        {
            return null;
        }

        var yamlStart = Math.Min(firstEnd + 1, file.Length);
        var lineNumber = 2;
        for (var lineStart = yamlStart; lineStart < file.Length || lineStart == yamlStart; lineNumber++)
        {
            var end = LineEnd(file, lineStart);
            if (Kind(file[lineStart..end]) is LineKind.Fence or LineKind.End)
            {
                var yaml = lineStart > yamlStart ? Utf8.GetString(file[yamlStart..(lineStart - 1)]) : "";
                if (yaml.Length > FrontMatterSplitter.MaxFrontMatterChars)
                {
                    return null;
                }

                return new FrontMatterSplit(yaml, 2, ReadOnlyMemory<char>.Empty, lineNumber + 1)
                {
                    BodyUtf8 = end < file.Length ? bytes.AsMemory(start + end + 1) : ReadOnlyMemory<byte>.Empty,
                };
            }

            if (end >= file.Length)
            {
                break;
            }

            lineStart = end + 1;
        }

        return null;
    }

    // C1 controls (U+0080–U+009F: C2 80–C2 9F) and the line and paragraph separators (E2 80 A8, E2 80 A9).
    private static bool HasOtherControlCharacters(ReadOnlySpan<byte> file)
    {
        for (var i = file.IndexOfAny((byte)0xC2, (byte)0xE2); i >= 0 && i < file.Length - 1;)
        {
            if ((file[i] == 0xC2 && file[i + 1] is >= 0x80 and <= 0x9F)
                || (file[i] == 0xE2 && i + 2 < file.Length && file[i + 1] == 0x80 && file[i + 2] is 0xA8 or 0xA9))
            {
                return true;
            }

            var next = file[(i + 1)..].IndexOfAny((byte)0xC2, (byte)0xE2);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    private static int LineEnd(ReadOnlySpan<byte> file, int start)
    {
        var newline = file[start..].IndexOf((byte)'\n');
        return newline < 0 ? file.Length : start + newline;
    }

    private enum LineKind
    {
        Other,
        Fence,
        End,
    }

    // FrontMatterSplitter's tests of a line ('---', or '...' which may also close the front matter, before trailing
    // white space): on the bytes of an ASCII line (where only spaces and tabs can be white space here), on the decoded
    // text of any other line.
    private static LineKind Kind(ReadOnlySpan<byte> line)
    {
        if (!Ascii.IsValid(line))
        {
            var text = Utf8.GetString(line).AsSpan().TrimEnd();
            return text.SequenceEqual("---") ? LineKind.Fence : text.SequenceEqual("...") ? LineKind.End : LineKind.Other;
        }

        var trimmed = line.TrimEnd(" \t"u8);
        return trimmed.SequenceEqual("---"u8) ? LineKind.Fence : trimmed.SequenceEqual("..."u8) ? LineKind.End : LineKind.Other;
    }
}
