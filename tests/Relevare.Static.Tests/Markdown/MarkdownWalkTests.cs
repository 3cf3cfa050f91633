using Markdig.Syntax;
using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;

namespace Relevare.Static.Tests.Markdown;

/// <summary>The renderer's one walk lists a document's nodes exactly as Markdig's <c>Descendants()</c> does.</summary>
public sealed class MarkdownWalkTests
{
    public static TheoryData<string> Documents =>
    [
        "",
        "plain text",
        "# Title\n\nA *b **c [d](e.md) f** g* h.\nSecond line  \nhard break.\n\n## Two {#x}\n\n- a\n- b\n  1. c\n  2. [d][ref]\n\n> quote with `code` and <https://example.org>\n> - inner\n\n[ref]: https://example.org/ref\n",
        "| a | b |\n|:--|--:|\n| [x](y.md) | *z* |\n\nText[^1] and more[^note].\n\n[^1]: One.\n[^note]: Two with [a link](https://example.org).\n",
        "> [!NOTE]\n> A callout with www.example.org and a footnote[^a].\n\n- [ ] task\n- [x] done\n\n```\ncode block\n```\n\n    indented\n\n***\n\n![alt](image.png \"Title\")\n\n[^a]: Foot.\n",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Collect_lists_the_nodes_of_Descendants_in_the_same_order(string markdown)
    {
        var document = MarkdownRenderer.Parse("content/a.md", markdown, 1, new List<Diagnostic>())!;
        var nodes = new List<MarkdownObject>();

        MarkdownWalk.Collect(document, nodes);

        Assert.Equal(document.Descendants().ToList(), nodes);
        Assert.NotEqual(markdown.Length > 0, nodes.Count == 0);
    }

    [Fact]
    public void Collect_adds_to_what_the_list_holds_and_leaves_out_the_root()
    {
        var document = MarkdownRenderer.Parse("content/a.md", "# One\n\ntwo", 1, new List<Diagnostic>())!;
        var nodes = new List<MarkdownObject> { document };

        MarkdownWalk.Collect(document, nodes);
        MarkdownWalk.Collect(document, nodes);

        var once = document.Descendants().ToList();
        Assert.Equal([document, .. once, .. once], nodes);
        Assert.DoesNotContain(document, nodes.Skip(1));
    }
}
