using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// Markdig's worst cases: inputs whose parse time grows with the square of their length, and nesting its parser
/// accepts but its renderer refuses. Each must end as RS0304 within its budget, never as a hang or RS0009. The
/// budgets here are counted deadline checks, not time, so no verdict depends on the clock or the machine's load.
/// </summary>
public sealed class MarkdownLimitTests
{
    // Far below what the inputs below need: each reaches a deadline check at every '[', 50,000 times or more.
    private const long Checks = 20_000;

    private static readonly TimeSpan ShownAs = TimeSpan.FromMilliseconds(400);

    public static TheoryData<string> QuadraticInputs() => new(Quadratic.Keys.Order(StringComparer.Ordinal));

    // Each takes over 20 s without the deadline (measured), far more than the real 5 s budget.
    private static readonly Dictionary<string, string> Quadratic = new(StringComparer.Ordinal)
    {
        ["unclosed inline links"] = Repeat("[a](", 60_000),
        ["unclosed inline images"] = Repeat("![a](", 50_000),
    };

    [Theory]
    [MemberData(nameof(QuadraticInputs))]
    public void Known_quadratic_input_is_reported_when_its_budget_is_spent(string name)
    {
        var diagnostics = new List<Diagnostic>();
        var budget = MarkdownParseBudget.Counted(Checks, ShownAs);

        var document = MarkdownRenderer.Parse("content/index.md", Quadratic[name], 5, diagnostics, budget);

        Assert.Null(document);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MarkdownTooComplex, "content/index.md:5:1"), (diagnostic.Code, diagnostic.Location));
        Assert.Contains("took more than 0.4 s to parse", diagnostic.Message, StringComparison.Ordinal);

        // The parse stopped itself at the first check past its budget (ParseDeadline), rather than being
        // abandoned on a busy thread: a counted budget is never abandoned by the watcher.
        Assert.Equal(Checks + 1, budget.Checks);
    }

    [Fact]
    public void Short_page_parsed_on_the_calling_thread_stops_at_its_deadline_too()
    {
        var diagnostics = new List<Diagnostic>();
        var budget = MarkdownParseBudget.Counted(0, ShownAs);

        // Under 32 KB the parse runs on the calling thread, with no watcher: only the deadline can stop it.
        // A budget already spent makes the first link character throw.
        var document = MarkdownRenderer.Parse("content/index.md", "A [link](https://example.com/) and *more*.\n", 5, diagnostics, budget);

        Assert.Null(document);
        Assert.Equal(DiagnosticCodes.MarkdownTooComplex, Assert.Single(diagnostics).Code);
        Assert.Equal(1, budget.Checks);
    }

    [Fact]
    public void Emphasis_characters_are_deadline_checks_too()
    {
        var diagnostics = new List<Diagnostic>();
        var budget = MarkdownParseBudget.Counted(0, ShownAs);

        // No character here but '*' and '_' is special to an inline parser (no link, no autolink letter): the
        // emphasis parser learns its characters only when the pipeline is built, after the deadline was set up.
        var document = MarkdownRenderer.Parse("content/index.md", "Only *a* and _b_ so.\n", 5, diagnostics, budget);

        Assert.Null(document);
        Assert.Equal(DiagnosticCodes.MarkdownTooComplex, Assert.Single(diagnostics).Code);
        Assert.Equal(1, budget.Checks);
    }

    [Fact]
    public void Ordinary_page_costs_deadline_checks_in_proportion_to_its_length()
    {
        var diagnostics = new List<Diagnostic>();
        var budget = MarkdownParseBudget.Counted(Checks * 100, ShownAs);

        var document = MarkdownRenderer.Parse("content/index.md", Repeat("A [link](https://example.com/) and *more* text.\n\n", 5_000), 5, diagnostics, budget);

        Assert.NotNull(document);
        Assert.Empty(diagnostics);

        // A handful of special characters per line: linear, far from what a quadratic input spends.
        Assert.InRange(budget.Checks, 5_000, 5_000 * 10);
    }

    [Fact]
    public void Quadratic_page_fails_the_build_with_RS0304()
    {
        var budget = MarkdownParseBudget.Counted(Checks, MarkdownRenderer.ParseBudget);

        var result = InMemorySite.BuildWithFixture("hostile-front-matter-without-body", new BuildOptions { MarkdownBudget = budget }, ("content/index.md", "---\ntitle: Welcome\n---\n" + Repeat("[a](", 60_000)));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MarkdownTooComplex, "content/index.md:4:1"), (diagnostic.Code, diagnostic.Location));
        Assert.Contains("took more than 5 s to parse", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
        Assert.Equal(Checks + 1, budget.Checks);
    }

    [Theory]
    [InlineData(128)]
    [InlineData(1000)]
    public void Nesting_the_parser_accepts_but_the_renderer_refuses_is_RS0304_not_an_internal_error(int brackets)
    {
        var body = "Intro *with emphasis* and " + new string('[', brackets) + " then *more* _text_ **here** and `code`.\n";

        var result = InMemorySite.BuildWithFixture("hostile-front-matter-without-body", ("content/index.md", "---\ntitle: Welcome\n---\n" + body));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MarkdownTooComplex, "content/index.md:4:1"), (diagnostic.Code, diagnostic.Location));
        Assert.Empty(result.Files);
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
