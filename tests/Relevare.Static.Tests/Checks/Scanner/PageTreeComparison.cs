using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Relevare.Static.Checks;

namespace Relevare.Static.Tests.Checks.Scanner;

/// <summary>
/// Compares the streaming scanner's tree with AngleSharp's, parsed as the page pass parses a page (scripting on,
/// source references kept), node by node: element names, namespaces, attributes (order, names, values), text
/// nodes (as the DOM has them: adjacent runs merged, split by comments), and each element's line, column and offset.
/// Comments and the doctype are not in the scanner's tree and are skipped on AngleSharp's side.
/// </summary>
internal static class PageTreeComparison
{
    [ThreadStatic]
    private static HtmlParser? t_parser;

    /// <summary>AngleSharp's document for <paramref name="html"/>, with the page pass's options.</summary>
    public static IDocument ParseWithAngleSharp(string html) =>
        (t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true })).ParseDocument(html);

    /// <summary>
    /// The scanner's verdict on <paramref name="html"/> checked against AngleSharp: null when the scanner fell
    /// back, otherwise its tree, after asserting that it equals AngleSharp's (the message names the first difference).
    /// </summary>
    public static PageDocument? ScanAndCompare(string html, string what)
    {
        var scanned = HtmlScanner.TryParse(html);
        if (scanned is not null && Difference(scanned, ParseWithAngleSharp(html)) is { } difference)
        {
            Assert.Fail($"{what}: the scanner's tree differs from AngleSharp's: {difference}\npage: {Show(html)}");
        }

        return scanned;
    }

    /// <summary>The first difference between the two trees, or null when they are equal.</summary>
    public static string? Difference(PageDocument scanned, IDocument reference)
    {
        var roots = reference.ChildNodes.OfType<IElement>().ToList();
        if (roots.Count != 1)
        {
            return $"AngleSharp's document has {roots.Count} element children";
        }

        if (reference.ChildNodes.OfType<IText>().Any())
        {
            return "AngleSharp's document has text outside the root element";
        }

        // What the page pass's own adapter of AngleSharp's document says of the doctype and the element list.
        var adapted = AngleSharpPageDocument.From(reference);
        if (scanned.Doctype != adapted.Doctype || scanned.QuirksMode != adapted.QuirksMode)
        {
            return $"doctype {scanned.Doctype} ({scanned.QuirksMode}) where AngleSharp has {adapted.Doctype} ({adapted.QuirksMode})";
        }

        if (scanned.All.Length != adapted.All.Length)
        {
            return $"{scanned.All.Length} elements where AngleSharp has {adapted.All.Length}";
        }

        // The page pass's shortcuts must agree with the tree too.
        if (scanned.Head != reference.Head?.AsPageElementOf(scanned) || scanned.Body != reference.Body?.AsPageElementOf(scanned))
        {
            return "head or body is not the element AngleSharp has";
        }

        return Compare(scanned.Root, roots[0], "/");
    }

    private static PageElement? AsPageElementOf(this IElement element, PageDocument scanned) =>
        scanned.All.FirstOrDefault(e => e.Offset == element.SourceReference?.Position.Position - 1 && e.LocalName == element.LocalName);

    private static string? Compare(PageElement scanned, IElement reference, string path)
    {
        path += reference.LocalName;
        if (scanned.LocalName != reference.LocalName || scanned.NamespaceUri != reference.NamespaceUri)
        {
            return $"{path}: element {scanned.LocalName} ({scanned.NamespaceUri}) where AngleSharp has {reference.LocalName} ({reference.NamespaceUri})";
        }

        if (reference.SourceReference?.Position is not { } position)
        {
            return $"{path}: AngleSharp has no source position";
        }

        // AngleSharp keeps lines and columns in 16 bits: past 65,535 they wrap, where the scanner's are exact.
        if (scanned.Line % 65536 != position.Line || scanned.Column % 65536 != position.Column || scanned.Offset != position.Position - 1)
        {
            return $"{path}: at {scanned.Line}:{scanned.Column} (offset {scanned.Offset}) where AngleSharp has {position.Line}:{position.Column} (position {position.Position})";
        }

        if (scanned.Attributes.Count != reference.Attributes.Length)
        {
            return $"{path}: {scanned.Attributes.Count} attributes where AngleSharp has {reference.Attributes.Length}";
        }

        for (var i = 0; i < scanned.Attributes.Count; i++)
        {
            var attribute = reference.Attributes[i]!;
            if (scanned.Attributes[i].Name != attribute.Name || scanned.Attributes[i].Value != attribute.Value)
            {
                return $"{path}: attribute {i} is {scanned.Attributes[i].Name}={Show(scanned.Attributes[i].Value)} where AngleSharp has {attribute.Name}={Show(attribute.Value)}";
            }
        }

        var children = reference.ChildNodes.Where(n => n is IElement or IText).ToList();
        if (children.Count != scanned.ChildNodes.Count)
        {
            return $"{path}: {scanned.ChildNodes.Count} child nodes where AngleSharp has {children.Count}";
        }

        for (var i = 0; i < children.Count; i++)
        {
            var child = scanned.ChildNodes[i];
            if (child.Parent != scanned)
            {
                return $"{path}[{i}]: the child's parent is not the element";
            }

            switch (children[i], child)
            {
                case (IText text, PageText data) when text.Data != data.Data:
                    return $"{path}[{i}]: text {Show(data.Data)} where AngleSharp has {Show(text.Data)}";
                case (IText, PageText):
                    break;
                case (IElement element, PageElement inner):
                    if (Compare(inner, element, $"{path}[{i}]/") is { } difference)
                    {
                        return difference;
                    }

                    break;
                default:
                    return $"{path}[{i}]: {child.GetType().Name} where AngleSharp has {children[i].NodeName}";
            }
        }

        return null;
    }

    /// <summary>A string as a JSON literal: control characters and lone surrogates visible.</summary>
    public static string Show(string text) => JsonSerializer.Serialize(text.Length > 2000 ? text[..2000] + "…" : text);
}
