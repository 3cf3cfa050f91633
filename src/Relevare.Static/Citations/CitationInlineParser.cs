using System.Collections.Immutable;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Relevare.Static.Citations;

/// <summary>
/// Parses <c>[@key]</c> and <c>[@key1; @key2]</c> (Pandoc's citation syntax, which editors may know from other
/// tools). It runs before the link parser on <c>[</c> and gives up — leaving the text to links and footnotes — on
/// anything else, including <c>[@key](url)</c>, which stays a link. A parser rather than post-processing the
/// text, because Markdig splits <c>[</c>, <c>@key</c> and <c>]</c> into separate literals (and may turn them into
/// a link), and because the parser knows each key's exact line and column for diagnostics.
/// </summary>
internal sealed class CitationInlineParser : InlineParser
{
    // A citation is a few keys long. Giving up beyond this keeps a pasted run of "[@a;@a;…" without a closing
    // bracket from being rescanned to its end at every '[' (quadratic time on hostile input).
    private const int MaxLength = 500;

    public CitationInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = Math.Min(slice.End, start + MaxLength);
        var i = start + 1;
        var keys = new List<(string Key, int Offset)>();
        while (true)
        {
            while (i <= end && text[i] == ' ')
            {
                i++;
            }

            if (i > end || text[i] != '@')
            {
                return false;
            }

            var keyStart = ++i;
            while (i <= end && IsKeyChar(text[i]))
            {
                i++;
            }

            // Keys end with a letter or digit, like the references' keys.
            if (i == keyStart || !char.IsAsciiLetterOrDigit(text[i - 1]))
            {
                return false;
            }

            keys.Add((text[keyStart..i], keyStart));
            while (i <= end && text[i] == ' ')
            {
                i++;
            }

            if (i > end)
            {
                return false;
            }

            if (text[i] == ']')
            {
                break;
            }

            if (text[i] != ';')
            {
                return false;
            }

            i++;
        }

        // "[@x](https://…)" and "[@x][ref]" are links whose text happens to start with '@'.
        if (i + 1 <= end && text[i + 1] is '(' or '[')
        {
            return false;
        }

        var citationKeys = ImmutableArray.CreateBuilder<CitationKey>(keys.Count);
        foreach (var (key, offset) in keys)
        {
            processor.GetSourcePosition(offset, out var keyLine, out var keyColumn);
            citationKeys.Add(new CitationKey(key, keyLine, keyColumn));
        }

        var startPosition = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline(citationKeys.MoveToImmutable())
        {
            Span = new SourceSpan(startPosition, startPosition + (i - start)),
            Line = line,
            Column = column,
        };
        processor.Document.SetData(CitationResolver.HasCitations, true);
        slice.Start = i + 1;
        return true;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
