using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;

namespace Relevare.Static.Tests.Markdown;

/// <summary>
/// Ordinary technical and medical prose must come out as written: no extension may read a run of ordinary
/// characters (<c>::</c>, <c>:</c>, <c>~</c>, <c>^</c>, <c>|</c>, <c>[…]</c>, <c>www.</c>) as syntax and eat it.
/// </summary>
public sealed partial class FaithfulTextTests
{
    private static readonly HtmlParser Parser = new();

    private static readonly LinkTargets NoTargets = new(
        FrozenDictionary<string, string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty);

    // Technical and medical tokens that other Markdown dialects or extensions give a meaning to.
    private static readonly string[] Tricky =
    [
        "fe80::1", "fe80::9", "2001:4898:7020:1020::1", "::1", "::ffff:192.0.2.1", "2001:db8::", "std::string",
        "std::map::find", "Foo::Bar::baz", "a::b::c", "1:2", "3:1", "10:30", "23:59:59", "2–5 mg", "0.5 mg/kg",
        "40–60 mg/h", "x == y", "a != b", "~", "~40%", "~~", "x ~ y", "^", "2^10", "x^2^", "e^(-kt)", "5 < 7",
        "9 > 3", "R&D", "50%", "C#", "F#", "a | b", "||", "x|y", "[1]", "[^1]", "[^note]", "[ ]", "[x]", "(see 1:2)",
        "snake_case_name", "it's", "“quoted”", "key: value", "::", ":::", "a:::b", "::text::", "$5", "@home",
        "me@example.org", "#1", "10:30–11:00", "1:1000", "q4–6h", "±2", "≥18", "≤3", "µg", "°C",
    ];

    private static readonly string[] Words =
    [
        "the", "infusion", "dose", "address", "patient", "route", "interface", "ketamine", "monitor", "clinic",
        "session", "ratio", "minutes", "through", "with", "and", "or", "before", "after", "during", "network",
    ];

    private static readonly string[] Urls =
    [
        "https://example.org/", "https://example.org/a_b/c?d=1", "http://example.org/path", "www.example.org",
        "www.example.org/dose/2-5", "https://[2001:db8::1]/",
    ];

    [Theory]
    [InlineData("fe80::1 through fe80::9")]
    [InlineData("Reach the host at 2001:4898:7020:1020::1 or ::1 (loopback).")]
    [InlineData("Use std::string and std::map::find, never Foo::Bar::baz.")]
    [InlineData("Mix 1:2, not 3:1, at 10:30.")]
    [InlineData("Give 2–5 mg over 40 minutes; x == y; ~40% respond; 2^10 and x^2^.")]
    [InlineData("::text:: and ::more:: stay as typed")]
    [InlineData("a | b and x|y are not tables")]
    [InlineData("See [1] and [^1], tick [x] or [ ]")]
    public void Technical_text_renders_every_character(string text)
    {
        var (html, diagnostics) = Render(text);

        Assert.Empty(diagnostics);
        Assert.Equal(text, TextOf(html));
    }

    [Fact]
    public void The_inline_colon_container_is_off_and_block_callouts_stay()
    {
        var (html, _) = Render("fe80::1 through fe80::9\n\n:::note\nA *callout*.\n:::\n");

        Assert.DoesNotContain("<span", html, StringComparison.Ordinal);
        Assert.Contains("<p>fe80::1 through fe80::9</p>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"note\"><p>A <em>callout</em>.</p>\n</div>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("See https://example.org/page.", "https://example.org/page", "https://example.org/page")]
    [InlineData("See www.example.org today", "https://www.example.org", "www.example.org")]
    [InlineData("(http://example.org/a_b)", "http://example.org/a_b", "http://example.org/a_b")]
    [InlineData("Write to mailto:care@example.org", "mailto:care@example.org", "care@example.org")]
    public void Bare_urls_become_links(string markdown, string href, string text)
    {
        var (html, diagnostics) = Render(markdown);

        Assert.Empty(diagnostics);
        using var document = Parser.ParseDocument(html);
        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal((href, text), (link.GetAttribute("href"), link.TextContent));
    }

    [Fact]
    public void A_bare_url_the_policy_refuses_stays_text()
    {
        var (html, diagnostics) = Render("Old files at ftp://files.example.org/a.txt are gone.");

        Assert.Empty(diagnostics);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Equal("Old files at ftp://files.example.org/a.txt are gone.", TextOf(html));
    }

    [Fact]
    public void A_bare_url_is_checked_like_any_link()
    {
        // The rendered link is what the output checks see, so an autolink that is not allowed never reaches them.
        var (html, _) = Render("Visit https://example.org/ and www.example.org/x now.");

        using var document = Parser.ParseDocument(html);
        Assert.All(document.QuerySelectorAll("a"), a => Assert.True(UrlPolicy.IsAllowed(a.GetAttribute("href")!, isImage: false)));
        Assert.Equal(2, document.QuerySelectorAll("a").Length);
    }

    [Theory]
    [InlineData(":::note\ntext\n:::", "<div class=\"note\">")]
    [InlineData("- [ ] to do\n- [x] done", "type=\"checkbox\"")]
    [InlineData("Cited[^1].\n\n[^1]: The note.", "class=\"footnote-ref\"")]
    [InlineData("| a | b |\n| --- | --- |\n| 1 | 2 |", "<table")]
    public void Syntax_at_the_start_of_a_line_is_syntax(string markdown, string element)
    {
        Assert.Contains(element, Render(markdown).Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\:::note stays text", ":::note stays text")]
    [InlineData("- \\[ ] stays text", "[ ] stays text")]
    public void A_backslash_keeps_line_start_syntax_as_text(string markdown, string text)
    {
        Assert.Equal(text, TextOf(Render(markdown).Html));
    }

    [Fact]
    public void A_generated_corpus_of_3000_pages_renders_its_text_page_for_page()
    {
        var random = new Random(20261207);
        var mismatches = new List<string>();
        for (var page = 0; page < 3000; page++)
        {
            var (markdown, expected) = GeneratePage(random);
            var (html, diagnostics) = Render(markdown);
            var actual = Normalize(TextOf(html));
            if (diagnostics.Count > 0 || actual != Normalize(expected))
            {
                mismatches.Add($"page {page}: {string.Join("; ", diagnostics)}\n--- markdown\n{markdown}\n--- expected\n{Normalize(expected)}\n--- rendered\n{actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of 3000 pages differ; the first:\n{mismatches.FirstOrDefault()}");
    }

    // A page of headings, paragraphs and lists; each block's text is words, tricky tokens, bare URLs, and
    // Markdown syntax (emphasis, code spans, links) that is removed from the expected text.
    private static (string Markdown, string Text) GeneratePage(Random random)
    {
        var markdown = new StringBuilder();
        var text = new StringBuilder();
        var blocks = random.Next(2, 8);
        for (var b = 0; b < blocks; b++)
        {
            switch (random.Next(4))
            {
                case 0:
                    var (heading, headingText) = Sentence(random, 4);
                    markdown.Append(new string('#', random.Next(2, 5))).Append(' ').Append(heading).Append("\n\n");
                    text.Append(headingText).Append(' ');
                    break;
                case 1:
                    for (var i = random.Next(1, 4); i > 0; i--)
                    {
                        var (item, itemText) = Sentence(random, 8);
                        markdown.Append("- ").Append(item).Append('\n');
                        text.Append(itemText).Append(' ');
                    }

                    markdown.Append('\n');
                    break;
                default:
                    for (var i = random.Next(1, 4); i > 0; i--)
                    {
                        var (line, lineText) = Sentence(random, 14);
                        markdown.Append(line).Append('\n');
                        text.Append(lineText).Append(' ');
                    }

                    markdown.Append('\n');
                    break;
            }
        }

        return (markdown.ToString(), text.ToString());
    }

    private static (string Markdown, string Text) Sentence(Random random, int maxTokens)
    {
        // A line starts with a word: ':::' or a list item's '[ ]' at the start of a line is syntax on purpose
        // (a callout, a task), documented in the editor's guide and tested below.
        var first = Words[random.Next(Words.Length)];
        var markdown = new List<string> { first };
        var text = new List<string> { first };
        for (var i = random.Next(2, maxTokens + 1); i > 0; i--)
        {
            var word = Words[random.Next(Words.Length)];
            var tricky = Tricky[random.Next(Tricky.Length)];
            var url = Urls[random.Next(Urls.Length)];
            var (source, plain) = random.Next(10) switch
            {
                0 or 1 or 2 => (tricky, tricky),
                3 => ("*" + word + "*", word),
                4 => ("**" + word + "**", word),
                5 => ("`" + tricky + "`", tricky),
                6 => (url, url),
                7 => ("[" + word + "](https://example.org/" + word + ")", word),
                _ => (word, word),
            };
            markdown.Add(source);
            text.Add(plain);
        }

        return (string.Join(' ', markdown), string.Join(' ', text));
    }

    private static (string Html, List<Diagnostic> Diagnostics) Render(string markdown)
    {
        const string path = "content/page.md";
        var diagnostics = new List<Diagnostic>();
        var document = MarkdownRenderer.Parse(path, markdown, 1, diagnostics);
        Assert.NotNull(document);
        var rendered = new MarkdownRenderer(allowHtml: false).Render(path, document, 1, NoTargets, diagnostics);
        return (rendered.Html, diagnostics);
    }

    private static string TextOf(string html)
    {
        using var document = Parser.ParseDocument("<body>" + html);
        return document.Body!.TextContent.Trim();
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
