using System.Buffers;
using System.Collections.Immutable;
using Relevare.Static.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Relevare.Static.Yaml;

/// <summary>
/// Reads untrusted YAML into <see cref="YamlNode"/>s from the parser's events, never through reflection or
/// <c>YamlStream</c>. It rejects what makes YAML dangerous or ambiguous for editors: aliases and anchors
/// (no "billion laughs"), tags (no type injection), duplicate keys, non-scalar keys, more than one document
/// and nesting deeper than <see cref="MaxDepth"/> (no stack overflow). Scalars are kept as written, so YAML 1.1
/// coercions (<c>no</c> → false, <c>010</c> → 8) can never change an editor's meaning.
/// </summary>
internal sealed class SafeYamlReader
{
    /// <summary>The deepest nesting accepted; front matter and site.yml need far less.</summary>
    public const int MaxDepth = 32;

    // Tab and newline are ordinary in a quoted value; every other control character, and the line and paragraph
    // separators, is refused as in the file itself.
    // SearchValues: the vectorized search (a char[] of 65 characters took String.IndexOfAny's slow probabilistic path,
    // a tenth of the front matter's YAML time).
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not ('\t' or '\n')), '\u2028', '\u2029']);

    private readonly string _path;
    private readonly int _firstLine;
    private readonly Codes _codes;
    private readonly List<Diagnostic> _diagnostics;
    private Mark _lastEnd = Mark.Empty;

    /// <summary>Diagnostic codes to use, so site.yml and front matter report under their own codes.</summary>
    public sealed record Codes(string Syntax, string Unsafe, string DuplicateKey);

    private SafeYamlReader(string path, int firstLine, Codes codes, List<Diagnostic> diagnostics)
    {
        _path = path;
        _firstLine = firstLine;
        _codes = codes;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Parses <paramref name="text"/>, whose first line is line <paramref name="firstLine"/> of <paramref name="path"/>.
    /// Returns null (with diagnostics) when the YAML is unusable; an empty document gives an empty mapping.
    /// </summary>
    public static YamlNode? Read(string path, string text, int firstLine, Codes codes, List<Diagnostic> diagnostics) =>
        // The common subset first, without YamlDotNet's scanner and events (a tenth of a build's CPU went there); it
        // declines whatever it cannot read exactly as YamlDotNet does, with no diagnostics of its own.
        FastYamlReader.Read(text, firstLine) ?? ReadWithYamlDotNet(path, text, firstLine, codes, diagnostics);

    /// <summary><see cref="Read"/> through YamlDotNet only: what <see cref="FastYamlReader"/> must agree with.</summary>
    internal static YamlNode? ReadWithYamlDotNet(string path, string text, int firstLine, Codes codes, List<Diagnostic> diagnostics)
    {
        var reader = new SafeYamlReader(path, firstLine, codes, diagnostics);
        try
        {
            return reader.ReadStream(new Parser(new StringReader(text)));
        }
        catch (YamlException e) when (TabIndentation(text, e) is { } tab)
        {
            // YamlDotNet reports a tab at the end of the previous value ("found a tab character that violate
            // indentation"); the editor needs the line and column of the tab itself.
            diagnostics.Add(Diagnostic.Error(
                codes.Syntax,
                new SourceLocation(path, firstLine + tab.Line, tab.Column),
                "a tab is used for indentation; YAML needs spaces",
                "replace the tab at the start of the line with spaces"));
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(
                codes.Syntax,
                reader.At(e.Start),
                "YAML syntax error: " + Clean(e.Message),
                "check indentation (spaces, not tabs), quotes and colons; put text containing ': ' or '#' in double quotes"));
            return null;
        }
        catch (UnsafeYamlException e)
        {
            diagnostics.Add(e.Diagnostic);
            return null;
        }
        catch (ArgumentException e)
        {
            // YamlDotNet's scanner throws ArgumentOutOfRangeException (not a YamlException) on an escape that is not
            // a character, such as "\uD800" (half a surrogate pair); anything else of the kind is a syntax error too.
            var escape = e is ArgumentOutOfRangeException;
            diagnostics.Add(Diagnostic.Error(
                codes.Syntax,
                reader.At(reader._lastEnd),
                escape ? "YAML syntax error: an escape in double quotes is not a valid character" : "YAML syntax error: " + e.Message,
                escape ? "remove the '\\u…' or '\\x…' escape, or write the character itself" : "check the quotes and escapes of the next value"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unterminated flow collections,
            // e.g. "tags: [a, b": report it as the syntax error it is, after the last value read.
            diagnostics.Add(Diagnostic.Error(
                codes.Syntax,
                reader.At(reader._lastEnd),
                "YAML syntax error: a '[' or '{' list is not closed",
                "close the list with ']' (or the mapping with '}'), or quote text that starts with '[' or '{'"));
            return null;
        }
    }

    private YamlNode? ReadStream(Parser parser)
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return new YamlMapping([], _firstLine, 1);
        }

        parser.Consume<DocumentStart>();
        var root = ReadNode(parser, 0);
        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart second)
        {
            throw Unsafe(second.Start, "more than one YAML document (a second '---' line)", "keep a single block of YAML");
        }

        return root;
    }

    private YamlNode ReadNode(Parser parser, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Unsafe(parser.Current!.Start, $"YAML nested more than {MaxDepth} levels deep", "flatten the structure");
        }

        var current = parser.Current ?? throw new YamlException("unexpected end of YAML");
        if (current is AnchorAlias alias)
        {
            throw Unsafe(alias.Start, $"YAML aliases (*{alias.Value}) are not allowed", "write the value out in full");
        }

        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                throw Unsafe(node.Start, $"YAML anchors (&{node.Anchor}) are not allowed", "remove the anchor and write values out in full");
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                throw Unsafe(node.Start, $"YAML tags ({node.Tag.Value}) are not allowed", "remove the tag; put text starting with '!' in double quotes");
            }
        }

        _lastEnd = current.End;
        var (line, column) = Position(current.Start);
        switch (current)
        {
            case Scalar scalar:
                var control = scalar.Value.AsSpan().IndexOfAny(ControlCharacters);
                if (control >= 0)
                {
                    // The file itself has no control characters (SourceText), but a double-quoted escape such as
                    // "\e", "\0" or "\x1b" makes one: it would reach the page, and the terminal through messages.
                    throw Unsafe(scalar.Start, $"the text contains the invisible control character U+{(int)scalar.Value[control]:X4} (written as an escape)", "remove the escape sequence (such as \\e, \\0 or \\x1b) from the quoted text");
                }

                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column);
            case SequenceStart:
                {
                    parser.MoveNext();
                    var items = ImmutableArray.CreateBuilder<YamlNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, depth + 1));
                    }

                    return new YamlSequence(items.ToImmutable(), line, column);
                }

            case MappingStart:
                {
                    parser.MoveNext();
                    var entries = ImmutableArray.CreateBuilder<YamlEntry>();
                    var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyEvent = parser.Current!;
                        var key = ReadNode(parser, depth + 1) as YamlScalar
                            ?? throw Unsafe(keyEvent.Start, "a key must be plain text, not a list or mapping", "use simple keys such as 'title:'");
                        var value = ReadNode(parser, depth + 1);
                        if (seen.TryGetValue(key.Value, out var first))
                        {
                            _diagnostics.Add(Diagnostic.Error(
                                _codes.DuplicateKey,
                                new SourceLocation(_path, key.Line, key.Column),
                                $"'{key.Value}' is given twice (first on line {first.Line})",
                                $"keep one '{key.Value}:' line and delete the other"));
                            continue;
                        }

                        seen.Add(key.Value, key);
                        entries.Add(new YamlEntry(key, value));
                    }

                    return new YamlMapping(entries.ToImmutable(), line, column);
                }

            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }


    // The first tab in the indentation of a line, as (0-based line in the YAML, 1-based column), when YamlDotNet's
    // error is about a tab or is on that line.
    private static (int Line, int Column)? TabIndentation(string text, YamlException error)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            var aboutTabs = error.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) || error.Start.Line - 1 == i;
            if (tab >= 0 && aboutTabs)
            {
                return (i, tab + 1);
            }
        }

        return null;
    }

    private (int Line, int Column) Position(Mark mark) => (_firstLine + (int)mark.Line - 1, (int)mark.Column);

    private SourceLocation At(Mark mark)
    {
        var (line, column) = Position(mark);
        return new SourceLocation(_path, Math.Max(line, _firstLine), Math.Max(column, 1));
    }

    private UnsafeYamlException Unsafe(Mark mark, string message, string hint) =>
        new(Diagnostic.Error(_codes.Unsafe, At(mark), message, hint));

    // YamlDotNet prefixes messages with "(Line: 3, Col: 7, Idx: 20) - (Line: ...): ": the location is ours to report.
    private static string Clean(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith('(') ? message[(index + 3)..] : message;
    }

    private sealed class UnsafeYamlException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
