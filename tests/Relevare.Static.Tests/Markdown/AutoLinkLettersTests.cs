using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Relevare.Static.Markdown;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Markdown;

/// <summary>
/// <see cref="AutoLinkLetters"/> passes over the autolink letters that cannot start an autolink: the parse must give
/// Markdig's own tree (every node, span, line, column and literal text) and HTML, on real pages and on random text
/// crowded with autolink letters, schemes in every case, emphasis, links, code, line ends and hard breaks.
/// </summary>
public sealed class AutoLinkLettersTests
{
    private static readonly MarkdownPipeline Fast = MarkdownRenderer.BuildPipeline();
    private static readonly MarkdownPipeline Markdigs = MarkdownRenderer.BuildPipeline(autoLinkLetters: false);

    [Fact]
    public void The_pipeline_has_the_parser_for_the_letters_only_autolinks_react_to()
    {
        var extension = Assert.Single(Fast.Extensions.OfType<AutoLinkLetters.Extension>());
        Assert.Equal("hfmtw", extension.Letters);
        Assert.Empty(Markdigs.Extensions.OfType<AutoLinkLetters.Extension>());

        // And it is used: a parse with it checks the deadline at fewer characters than Markdig's loop stops at.
        var page = "The patient with whom the staff met after the infusion went home with a friend.\n";
        var fast = MarkdownParseBudget.Counted(long.MaxValue, TimeSpan.FromSeconds(5));
        Assert.NotNull(MarkdownRenderer.Parse("content/a.md", page, 1, [], fast));
        Assert.InRange(fast.Checks, 1, 3);
    }

    [Fact]
    public void Every_markdown_file_of_the_repository_parses_as_markdig_parses_it()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.RepositoryRoot, "content"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "fixtures"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} Markdown files found");

        foreach (var file in files)
        {
            AssertSame(File.ReadAllText(file), file);
        }
    }

    [Theory]
    [InlineData("the http://a.example/x and https://b.example/y, ftp://c.example and mailto:a@b.example, tel:+15551234")]
    [InlineData("HTTP://A.EXAMPLE hTtPs://b.example Www.example.org www.example.org WWW.EXAMPLE.ORG MailTo:x@y.z TEL:1 Ftp://f")]
    [InlineData("with whom what them mother fifth mom tot wow hwww. xhttp://a.example (http://a.example) *www.b.example*")]
    [InlineData("hard break at a letter   \nthen more text with   \n\nand a tail h   \nf\nm  \nt\\\nw")]
    [InlineData("# Heading with http://a.example\n\n> quote with www.b.example and *emph http://c.example*\n\n- item tel:123\n- [ ] task with mailto:x@y.z\n")]
    [InlineData("| a | b |\n| --- | --- |\n| http://a.example | fifth |\n\n[^1] and [text](http://x.example) with `code h f m t w`.\n\n[^1]: footnote with www.example.org")]
    public void Hand_written_text_parses_as_markdig_parses_it(string text) => AssertSame(text, text);

    [Fact]
    public void Random_text_crowded_with_autolink_letters_parses_as_markdig_parses_it()
    {
        string[] pieces =
        [
            "h", "f", "m", "t", "w", "H", "W", "th", "http", "https", "http://", "https://", "HTTP://", "ftp://", "FTP:",
            "ftp:", "mailto:", "MAILTO:", "tel:", "Tel:", "www.", "WWW.", "ww", "example.org", "a@b.example", "/path",
            " ", " ", " ", "  ", "\n", "   \n", "\\\n", "\n\n", "*", "_", "**", "~", "(", ")", "[", "]", "](", "<", ">",
            "`", "!", "^", "[^1]", ".", ",", ";", ":", "-", "é", "ħ", "ı", "K", "word", "the", "with", "mother", "fifth",
        ];
        var random = new Random(16);
        for (var i = 0; i < 4000; i++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 40);
            for (var j = 0; j < count; j++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            AssertSame(text.ToString(), $"random text {i}");
        }
    }

    private static void AssertSame(string markdown, string what)
    {
        string expected;
        try
        {
            expected = Describe(markdown, Markdigs);
        }
        catch (ArgumentException refused)
        {
            // Markdig refuses a too deeply nested input (a fixture has one): so must the other pipeline.
            Assert.Equal(refused.Message, Assert.Throws<ArgumentException>(() => Describe(markdown, Fast)).Message);
            return;
        }

        var actual = Describe(markdown, Fast);
        if (expected != actual)
        {
            Assert.Fail($"{what}: the parse differs from Markdig's\n--- Markdig\n{expected}\n--- with AutoLinkLetters\n{actual}");
        }
    }

    // Every node of the tree with its span, line, column and (for literals) text, then the HTML.
    private static string Describe(string markdown, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var text = new StringBuilder();
        foreach (var node in document.Descendants())
        {
            text.Append(node.GetType().Name).Append(' ').Append(node.Span.Start).Append('-').Append(node.Span.End)
                .Append(' ').Append(node.Line).Append(':').Append(node.Column);
            if (node is LiteralInline literal)
            {
                text.Append(" '").Append(literal.Content.ToString()).Append('\'');
            }
            else if (node is LinkInline link)
            {
                text.Append(' ').Append(link.Url).Append(' ').Append(link.IsAutoLink);
            }

            text.Append('\n');
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return text.Append(writer).ToString();
    }
}
