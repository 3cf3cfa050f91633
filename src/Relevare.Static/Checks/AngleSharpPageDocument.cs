using AngleSharp.Dom;
using AngleSharp.Html.Construction;

namespace Relevare.Static.Checks;

/// <summary>
/// The page pass's own DOM (<see cref="PageDocument"/>) of a page AngleSharp parsed: the same elements, text, attributes
/// and positions, so that every rule reads the same page whichever builder made its tree.
/// </summary>
internal static class AngleSharpPageDocument
{
    /// <summary>
    /// Converts <paramref name="document"/>: its elements with their local names, namespaces and attributes (in source
    /// order, AngleSharp's qualified names), its text nodes (comments and processing instructions are dropped), its
    /// doctype and quirks mode. An element's position is its start tag's (<c>SourceReference</c>): line and column,
    /// and the 0-based offset of its <c>&lt;</c>; an element without one, or one the parser inserted, has line 0 and
    /// offset -1 (as the start tag's position AngleSharp gives it says). A <c>&lt;template&gt;</c>'s content is not
    /// among its children, as in AngleSharp's <c>document.All</c> and <c>TextContent</c>.
    /// </summary>
    public static PageDocument From(IDocument document)
    {
        var root = document.DocumentElement;
        var page = Element(root);

        // Depth-first, without recursion: a hostile page may nest elements deeper than the stack allows.
        var pending = new Stack<(IElement From, PageElement To)>();
        pending.Push((root, page));
        while (pending.TryPop(out var next))
        {
            var children = next.From.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                switch (children[i])
                {
                    case IText text:
                        next.To.Append(new PageText(text.Data));
                        break;
                    case IElement element:
                        var child = Element(element);
                        next.To.Append(child);
                        if (element.HasChildNodes)
                        {
                            pending.Push((element, child));
                        }

                        break;
                }
            }
        }

        var doctype = document.Doctype;
        return new PageDocument(page)
        {
            Doctype = doctype is null ? null : new PageDoctype(doctype.Name ?? "", doctype.PublicIdentifier ?? "", doctype.SystemIdentifier ?? ""),
            QuirksMode = document is IConstructableDocument constructed
                ? constructed.QuirksMode switch
                {
                    QuirksMode.Off => PageQuirksMode.Off,
                    QuirksMode.Limited => PageQuirksMode.Limited,
                    _ => PageQuirksMode.Quirks,
                }
                : PageQuirksMode.Off,
        };
    }

    private static PageElement Element(IElement element)
    {
        var attributes = element.Attributes;
        var copied = attributes.Length == 0 ? [] : new PageAttribute[attributes.Length];
        for (var i = 0; i < copied.Length; i++)
        {
            var attribute = attributes[i]!;
            copied[i] = new PageAttribute(attribute.Name, attribute.Value);
        }

        // AngleSharp's position is 1-based: Position.Position - 1 is the 0-based index of the start tag's '<'. An element
        // the parser inserted has the empty position (line 0, index 0).
        var (line, column, offset) = element.SourceReference is { } source
            ? (source.Position.Line, source.Position.Column, source.Position.Position - 1)
            : (0, 0, -1);
        return new PageElement(element.LocalName, element.NamespaceUri ?? "", copied, line, column, offset);
    }
}
