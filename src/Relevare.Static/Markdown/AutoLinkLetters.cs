using System.Buffers;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Relevare.Static.Markdown;

/// <summary>
/// Makes running text stop only where an autolink could start. Markdig's autolinks react to the letters h, f, m, t
/// and w (for <c>http://</c>, <c>ftp://</c>, <c>mailto:</c>, <c>tel:</c> and <c>www.</c>), so its inline loop stops at
/// almost every word of prose: tries the deadline check and the autolink parser there, both decline, and the literal
/// parser then takes the text up to the next such letter, appending it to the literal before. That loop was the
/// largest part of a page's Markdown parse.
/// </summary>
/// <remarks>
/// This parser is registered last for the letters only the autolink parser reacts to. When the autolink parser has
/// declined such a letter, it takes the text from there as Markdig's literal parser would (the same code), except
/// that its search for the next stop passes over the autolink letters that do not begin their scheme (checked
/// ignoring case, a condition every autolink needs): the autolink parser would decline them too, and the literal
/// parser would append their text to the same literal. The inline tree, its spans and the HTML are Markdig's own
/// (<c>AutoLinkLettersTests</c> compares both pipelines). Pages parse with fewer deadline checks, still at every
/// character any other inline parser reacts to and at every possible autolink.
/// </remarks>
internal sealed class AutoLinkLetters : InlineParser
{
    // The letters Markdig's autolinks react to; MayStartAutoLink has the start each one's autolinks need.
    private const string SchemeLetters = "hfmtw";

    private readonly bool[] _skippable = new bool[128];

    private AutoLinkLetters(char[] letters)
    {
        OpeningCharacters = letters;
        foreach (var letter in letters)
        {
            _skippable[letter] = true;
        }
    }

    /// <summary>Adds the parser; call it after the autolink extension and before <see cref="ParseDeadline.AddTo"/>.</summary>
    public static void AddTo(MarkdownPipelineBuilder builder) => builder.Extensions.Add(new Extension());

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!Applies(processor.Parsers) || processor.LiteralInlineParser.PostMatch is not null)
        {
            return false; // leave the text to Markdig's literal parser (see Applies; an extension watches every piece)
        }

        // From here on, Markdig's LiteralInlineParser.Match with the stop search below.
        var text = slice.Text;
        var nextStart = NextStop(text, slice.Start, slice.End);
        int length;

        if ((uint)nextStart >= (uint)text.Length)
        {
            nextStart = slice.End + 1;
            length = nextStart - slice.Start;
        }
        else
        {
            // Remove line endings if the next char is a new line
            length = nextStart - slice.Start;

            if (!processor.TrackTrivia && text[nextStart] is '\n' or '\r')
            {
                var end = nextStart - 1;
                while (length > 0 && text[end].IsSpace())
                {
                    length--;
                    end--;
                }
            }
        }

        var endPosition = slice.Start + length - 1;

        if (processor.Inline is LiteralInline previousLiteral
            && ReferenceEquals(previousLiteral.Content.Text, slice.Text)
            && previousLiteral.Content.End + 1 == slice.Start)
        {
            previousLiteral.Content.End = endPosition;
            previousLiteral.Span.End = processor.GetSourcePosition(endPosition);
        }
        else if (length > 0)
        {
            processor.Inline = new LiteralInline
            {
                Content = new StringSlice(slice.Text, slice.Start, endPosition),
                Span = new SourceSpan(processor.GetSourcePosition(slice.Start, out var line, out var column), processor.GetSourcePosition(endPosition)),
                Line = line,
                Column = column,
            };
        }

        slice.Start = nextStart;
        return true;
    }

    // 0: not known yet, 1: this parser applies, 2: it does not. Some parsers learn their characters only when the
    // pipeline is built (emphasis), after the extensions' set-up, so the built list is checked at the first match: no
    // parser for every character (it would come after this one), and none but the autolink parser, the deadline check
    // and this one for its letters. A race only checks twice.
    private volatile int _applies;

    // Every character an inline parser of the built pipeline reacts to, but this parser's letters.
    private SearchValues<char> _others = SearchValues.Create("");

    private bool Applies(InlineParserList parsers)
    {
        if (_applies == 0)
        {
            var applies = parsers.GlobalParsers is null or [];
            foreach (var letter in OpeningCharacters!)
            {
                foreach (var parser in parsers.GetParsersForOpeningCharacter(letter) ?? [])
                {
                    applies &= parser is AutoLinkParser or ParseDeadline or AutoLinkLetters;
                }
            }

            _others = SearchValues.Create([.. parsers.OpeningCharacters.Where(c => Array.IndexOf(OpeningCharacters!, c) < 0)]);
            _applies = applies ? 1 : 2;
        }

        return _applies == 1;
    }

    // The next character some inline parser reacts to after start, passing over the autolink letters that cannot
    // begin an autolink; -1 when there is none up to end (inclusive). Every scheme has a ':' or '.' 3 to 6
    // characters after its letter, and letters in between ("http:", "https:", "ftp:", "mailto:", "tel:", "www."),
    // so an autolink's letter is one of the 3rd to 6th characters before the first ':' or '.' after it: only those
    // are looked at.
    private int NextStop(string text, int start, int end)
    {
        var from = start + 1;
        var other = text.AsSpan(from, end - start).IndexOfAny(_others);
        var limit = other < 0 ? end + 1 : from + other;

        // A letter before limit can have its ':' or '.' up to 6 characters after limit (which may be that ':').
        var marksEnd = Math.Min(end + 1, limit + 6);
        while (from < limit)
        {
            var mark = text.AsSpan(from, marksEnd - from).IndexOfAny(':', '.');
            if (mark < 0)
            {
                break;
            }

            mark += from;
            for (var at = Math.Max(from, mark - 6); at <= mark - 3 && at < limit; at++)
            {
                if (MayStartAutoLink(text, at, end))
                {
                    return at;
                }
            }

            from = mark + 1;
        }

        return other < 0 ? -1 : limit;
    }

    private bool MayStartAutoLink(string text, int at, int end)
    {
        var letter = text[at];
        if (letter >= 128 || !_skippable[letter])
        {
            return false;
        }

        // The start every autolink of the letter needs (Markdig checks the whole scheme, case-sensitively).
        var scheme = letter switch
        {
            'h' => "http",
            'f' => "ftp:",
            'm' => "mailto:",
            't' => "tel:",
            _ => "www.",
        };
        // Most letters before a full stop fail at their second character: looked at first, ignoring ASCII case.
        return at < end && (text[at + 1] | 0x20) == scheme[1]
            && text.AsSpan(at, end - at + 1).StartsWith(scheme, StringComparison.OrdinalIgnoreCase);
    }

    internal sealed class Extension : IMarkdownExtension
    {
        /// <summary>The letters the parser was registered for (empty until set up, or when none qualified).</summary>
        public string Letters { get; private set; } = "";

        public void Setup(MarkdownPipelineBuilder pipeline)
        {
            // The letters of known schemes that no inline parser but the autolink parser reacts to, as far as the
            // parsers know their characters yet (Match checks the built list).
            var letters = new List<char>();
            foreach (var letter in SchemeLetters)
            {
                var onlyAutoLinks = false;
                foreach (var parser in pipeline.InlineParsers)
                {
                    if (parser.OpeningCharacters is { } characters && Array.IndexOf(characters, letter) >= 0)
                    {
                        if (parser is not AutoLinkParser)
                        {
                            onlyAutoLinks = false;
                            break;
                        }

                        onlyAutoLinks = true;
                    }
                }

                if (onlyAutoLinks)
                {
                    letters.Add(letter);
                }
            }

            if (letters.Count > 0)
            {
                pipeline.InlineParsers.Add(new AutoLinkLetters([.. letters]));
                Letters = new string([.. letters]);
            }
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
        }
    }
}
