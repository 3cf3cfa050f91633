using System.Collections.Concurrent;

namespace Relevare.Static.Checks;

/// <summary>
/// A CSS selector matched on the page pass's own DOM, for the simple selectors a site.yml gives (the medical
/// disclaimer's <c>disclaimer_selector</c>): type (<c>div</c>), <c>#id</c>, <c>.class</c>, <c>[attr]</c>,
/// <c>[attr=value]</c> (value an identifier or a quoted string), compounds of these (<c>div.note[role=note]</c>),
/// the descendant (<c>main .note</c>) and child (<c>main &gt; .note</c>) combinators, and lists (<c>.a, .b</c>).
/// They match as AngleSharp matches them (tests compare the two): type names without regard to case, in any namespace;
/// ids, classes and values exactly; attribute names lower-cased on HTML elements. <see cref="Parse"/> gives null
/// for any other selector (pseudo-classes, other attribute operators, escapes, namespaces, <c>*</c>, <c>+</c>,
/// <c>~</c>, non-ASCII names): <see cref="FirstMatchText"/> then asks AngleSharp, which parses the page again.
/// </summary>
internal sealed class PageSelector
{
    private static readonly ConcurrentDictionary<string, PageSelector?> Parsed = new(StringComparer.Ordinal);

    private readonly Step[][] _alternatives;

    private PageSelector(Step[][] alternatives) => _alternatives = alternatives;

    /// <summary>
    /// The text (<c>textContent</c>) of the first element of <paramref name="document"/> that <paramref name="selector"/>
    /// matches, as the DOM's <c>querySelector</c> finds it, or null when none does. A selector outside the simple ones
    /// is answered by AngleSharp on the page's text, <paramref name="html"/> (parsed again, only then).
    /// </summary>
    public static string? FirstMatchText(PageDocument document, string html, string selector) =>
        Parsed.GetOrAdd(selector, Parse) is { } simple
            ? simple.First(document)?.TextContent
            : AngleSharpPageParser.FirstMatchText(html, selector);

    /// <summary>The selector, or null when it is not one of the simple selectors this class matches.</summary>
    public static PageSelector? Parse(string selector)
    {
        var reader = new Reader(selector);
        var alternatives = new List<Step[]>();
        while (true)
        {
            if (reader.Complex() is not { } complex)
            {
                return null;
            }

            alternatives.Add(complex);
            if (reader.AtEnd)
            {
                return new PageSelector([.. alternatives]);
            }

            reader.Next(); // ','
        }
    }

    /// <summary>The first element of <paramref name="document"/> in document order that the selector matches, or null.</summary>
    public PageElement? First(PageDocument document)
    {
        foreach (var element in document.All)
        {
            if (Matches(element))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>True when the selector matches <paramref name="element"/>.</summary>
    public bool Matches(PageElement element)
    {
        foreach (var steps in _alternatives)
        {
            if (Matches(steps, steps.Length - 1, element))
            {
                return true;
            }
        }

        return false;
    }

    // Right to left, as browsers match: the last compound on the element, each earlier one on its parent (child
    // combinator) or on some ancestor (descendant combinator), trying every ancestor before giving up.
    private static bool Matches(Step[] steps, int index, PageElement element)
    {
        if (!steps[index].Compound.Matches(element))
        {
            return false;
        }

        if (index == 0)
        {
            return true;
        }

        if (steps[index].IsChild)
        {
            return element.Parent is { } parent && Matches(steps, index - 1, parent);
        }

        for (var ancestor = element.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (Matches(steps, index - 1, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One compound selector, and whether it must be the child (not any descendant) of the one before it.</summary>
    private readonly record struct Step(Compound Compound, bool IsChild);

    private sealed record Compound(string? Type, string[] Ids, string[] Classes, (string Name, string? Value)[] Attributes)
    {
        public bool Matches(PageElement element)
        {
            if (Type is not null && !string.Equals(Type, element.LocalName, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            foreach (var id in Ids)
            {
                if (element.GetAttribute("id") != id)
                {
                    return false;
                }
            }

            foreach (var name in Classes)
            {
                if (!element.HasClass(name))
                {
                    return false;
                }
            }

            foreach (var (name, value) in Attributes)
            {
                // AngleSharp lower-cases the name it looks for on an HTML element (whose attribute names are lower case).
                var actual = element.GetAttribute(element.IsHtml ? name.ToLowerInvariant() : name);
                if (actual is null || (value is not null && actual != value))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private ref struct Reader(string text)
    {
        private readonly string _text = text;
        private int _at;

        public readonly bool AtEnd => _at >= _text.Length;

        public void Next() => _at++;

        // compound (combinator compound)*, up to a ',' or the end.
        public Step[]? Complex()
        {
            var steps = new List<Step>();
            SkipSpace();
            var isChild = false;
            while (true)
            {
                if (Compound() is not { } compound)
                {
                    return null;
                }

                steps.Add(new Step(compound, isChild));
                var spaced = SkipSpace();
                if (AtEnd || _text[_at] == ',')
                {
                    return [.. steps];
                }

                if (_text[_at] == '>')
                {
                    _at++;
                    SkipSpace();
                    isChild = true;
                }
                else if (spaced)
                {
                    isChild = false;
                }
                else
                {
                    return null;
                }
            }
        }

        private Compound? Compound()
        {
            var type = Identifier();
            var ids = new List<string>();
            var classes = new List<string>();
            var attributes = new List<(string, string?)>();
            while (!AtEnd)
            {
                var c = _text[_at];
                if (c is '#' or '.')
                {
                    _at++;
                    if (Identifier() is not { } name)
                    {
                        return null;
                    }

                    (c == '#' ? ids : classes).Add(name);
                }
                else if (c == '[')
                {
                    _at++;
                    if (Attribute() is not { } attribute)
                    {
                        return null;
                    }

                    attributes.Add(attribute);
                }
                else
                {
                    break;
                }
            }

            return type is null && ids.Count == 0 && classes.Count == 0 && attributes.Count == 0
                ? null
                : new Compound(type, [.. ids], [.. classes], [.. attributes]);
        }

        // After '[': name, then ']' or '=' value ']'.
        private (string Name, string? Value)? Attribute()
        {
            SkipSpace();
            if (Identifier() is not { } name)
            {
                return null;
            }

            SkipSpace();
            string? value = null;
            if (!AtEnd && _text[_at] == '=')
            {
                _at++;
                SkipSpace();
                value = !AtEnd && _text[_at] is '"' or '\'' ? Quoted() : Identifier();
                if (value is null)
                {
                    return null;
                }

                SkipSpace();
            }

            if (AtEnd || _text[_at] != ']')
            {
                return null;
            }

            _at++;
            return (name, value);
        }

        // A quoted string without escapes or line breaks.
        private string? Quoted()
        {
            var quote = _text[_at];
            var end = _text.IndexOf(quote, _at + 1);
            if (end < 0)
            {
                return null;
            }

            var value = _text[(_at + 1)..end];
            if (value.AsSpan().IndexOfAny('\\', '\n', '\r') >= 0 || value.Contains('\f', StringComparison.Ordinal))
            {
                return null;
            }

            _at = end + 1;
            return value;
        }

        // An ASCII identifier: an optional '-', a letter or '_', then letters, digits, '-' and '_'.
        private string? Identifier()
        {
            var start = _at;
            var i = _at;
            if (i < _text.Length && _text[i] == '-')
            {
                i++;
            }

            if (i >= _text.Length || !(char.IsAsciiLetter(_text[i]) || _text[i] == '_'))
            {
                return null;
            }

            while (i < _text.Length && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '-' or '_'))
            {
                i++;
            }

            // A name followed by what this reader does not know (an escape, a non-ASCII letter) is not a simple name.
            if (i < _text.Length && (_text[i] == '\\' || _text[i] > 0x7F))
            {
                return null;
            }

            _at = i;
            return _text[start..i];
        }

        private bool SkipSpace()
        {
            var start = _at;
            while (!AtEnd && _text[_at] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _at++;
            }

            return _at > start;
        }
    }
}
