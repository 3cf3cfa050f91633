using System.Text;
using Relevare.Static.Diagnostics;
using Relevare.Static.Templating;

namespace Relevare.Static.Tests.Templating;

/// <summary>
/// Rendering a page's templates has a budget, as parsing its Markdown does: a page too large for its templates
/// (too many elements, a loop over 12,000 headings, too deep includes, too long an output, too much work) is an
/// error at the CONTENT file (RS0007), naming the template's place for developers. Budgets are counted, never
/// timed, in these tests: no verdict depends on the machine's speed.
/// </summary>
public sealed class RenderBudgetTests
{
    private const string TocLayout = """
        -- templates/layouts/page.html --
        <h1>{{ page.title }}</h1>
        <nav>{{ for entry in page.toc }}<a href="#{{ entry.id }}">{{ entry.text }}</a>{{ end }}</nav>
        {{ page.content }}
        """;

    [Fact]
    public void A_page_whose_markdown_becomes_too_many_elements_is_refused_at_the_content_file_before_templating()
    {
        var table = new StringBuilder("| a | b | c | d | e | f | g | h | i | j |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (var row = 0; row < 4_600; row++)
        {
            table.Append("| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 0 |\n");
        }

        var result = TestSite.Build($"""
            -- content/doses.md --
            ---
            title: Doses
            ---

            {table}
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.RenderBudget, "content/doses.md:4:1", true), (diagnostic.Code, diagnostic.Location, diagnostic.IsError));
        Assert.Equal("the page would have 50,614 HTML elements, more than the 50,000 a page may have: rendering and checking it would take too long", diagnostic.Message);
        Assert.Contains("split the page", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_page_with_12000_headings_is_blamed_on_the_content_file_with_the_templates_loop_named()
    {
        var headings = string.Concat(Enumerable.Range(1, 12_000).Select(i => $"## Part {i}\n\n"));

        var result = TestSite.Build(TocLayout + $"""

            -- content/everything.md --
            ---
            title: Everything
            ---

            {headings}
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.RenderBudget);
        Assert.Equal("content/everything.md:4:1", diagnostic.Location);
        Assert.Equal("the page is too large for its templates: a loop at templates/layouts/page.html:2:9 ran more than 10,000 times", diagnostic.Message);
        Assert.Contains("thousands of headings", diagnostic.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateRuntime);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_template_that_includes_itself_is_reported_at_the_content_file_it_was_rendering()
    {
        var result = TestSite.Build("""
            -- templates/layouts/page.html --
            {{ include 'partials/again.html' }}
            -- templates/partials/again.html --
            <i>{{ include 'partials/again.html' }}</i>
            -- content/index.md --
            ---
            title: Home
            ---
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.RenderBudget);
        Assert.Equal("content/index.md:4:1", diagnostic.Location);
        Assert.StartsWith("the page is too large for its templates: templates called or included each other more than 64 deep (at templates/partials/again.html:1:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_html_would_exceed_the_output_limit_is_refused_not_truncated()
    {
        var result = TestSite.Build($"""
            -- templates/layouts/page.html --
            {"{{"} for i in 1..9000 {"}}"}{"{{"} page.content {"}}"}{"{{"} end {"}}"}
            -- content/index.md --
            ---
            title: Home
            ---

            {new string('x', 2_000)}
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.RenderBudget);
        Assert.Equal("content/index.md:4:1", diagnostic.Location);
        Assert.StartsWith("the page is too large for its templates: its HTML would be longer than 16,777,216 characters (at templates/layouts/page.html:1:", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_page_longer_than_scribans_default_limit_of_1_mi_characters_is_published_whole()
    {
        // 250,000 '&' become 1.25 million characters of HTML (&amp;): Scriban's default output limit (1 Mi
        // characters) used to cut the page there without a word, dropping its end, footer and closing tags.
        var result = TestSite.BuildOk($"""
            -- templates/base.html --
            <title>{"{{"} page.title {"}}"}</title>
            {"{{"} include layout {"}}"}
            <footer>The end.</footer>
            -- content/index.md --
            ---
            title: Home
            ---

            {new string('&', 250_000)}
            """);

        var html = result.Text("index.html");
        Assert.True(html.Length > 1_250_000, $"the page has {html.Length} characters");
        Assert.EndsWith("<footer>The end.</footer>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_render_over_its_budget_is_abandoned_and_reported_at_the_content_file()
    {
        var options = new BuildOptions { RenderBudget = WorkBudget.Counted(50, TimeSpan.FromSeconds(10)) };

        var result = TestSite.Build("""
            -- templates/layouts/page.html --
            {{ for i in 1..100 }}<p>{{ i }}</p>{{ end }}
            -- content/index.md --
            ---
            title: Home
            ---
            """, options);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.RenderBudget);
        Assert.Equal("content/index.md:4:1", diagnostic.Location);
        Assert.StartsWith("the page is too large for its templates: rendering it took more than 10 s and was abandoned (at templates/layouts/page.html:1:", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_render_within_its_budget_is_published()
    {
        var options = new BuildOptions { RenderBudget = WorkBudget.Counted(1_000, TimeSpan.FromSeconds(10)) };

        var result = TestSite.BuildOk("""
            -- templates/layouts/page.html --
            {{ for i in 1..100 }}<p>{{ i }}</p>{{ end }}
            -- content/index.md --
            ---
            title: Home
            ---
            """, options);

        Assert.Contains("<p>100</p>", result.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_template_errors_stay_template_errors()
    {
        var result = TestSite.Build("""
            -- templates/layouts/page.html --
            {{ page.no_such_field }}
            -- content/index.md --
            ---
            title: Home
            ---
            """);

        Assert.Equal(DiagnosticCodes.TemplateRuntime, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("plain text < 3 and &lt;b&gt;", 0)]
    [InlineData("<p>a <em>b</em></p><!-- c --><br/>", 3)]
    [InlineData("<table><tr><td>1</td></tr></table>", 3)]
    public void Elements_are_counted_by_their_start_tags(string html, int elements)
    {
        Assert.Equal(elements, PageSize.CountElements(html));
    }
}
