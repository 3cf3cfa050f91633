using System.Diagnostics;
using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// Markdig's worst cases: inputs whose parse time grows with the square of their length, and nesting its parser
/// accepts but its renderer refuses. Each must end as RS0304 within its time budget, never as a hang or RS0009.
/// </summary>
public sealed class MarkdownLimitTests
{
    // Far below the real 5 s so the suite stays fast; every input here takes many seconds without the deadline.
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(400);

    // The watcher gives up on a parse only 5 s after its budget: returning well before that proves the parse
    // stopped itself (ParseDeadline) rather than being abandoned on a busy thread.
    private static readonly TimeSpan Limit = Budget + TimeSpan.FromSeconds(3);

    public static TheoryData<string> QuadraticInputs() => new(Quadratic.Keys.Order(StringComparer.Ordinal));

    // Each takes over 20 s without the deadline on this machine (measured), so the 0.4 s budget is always exceeded.
    private static readonly Dictionary<string, string> Quadratic = new(StringComparer.Ordinal)
    {
        ["unclosed inline links"] = Repeat("[a](", 60_000),
        ["unclosed inline images"] = Repeat("![a](", 50_000),
    };

    [Theory]
    [MemberData(nameof(QuadraticInputs))]
    public void Known_quadratic_input_is_reported_within_its_budget(string name)
    {
        var diagnostics = new List<Diagnostic>();
        var watch = Stopwatch.StartNew();

        var document = MarkdownRenderer.Parse("content/index.md", Quadratic[name], 5, diagnostics, Budget);

        watch.Stop();
        Assert.Null(document);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MarkdownTooComplex, "content/index.md:5:1"), (diagnostic.Code, diagnostic.Location));
        Assert.Contains("took more than 0.4 s to parse", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < Limit, $"{name}: reported after {watch.Elapsed.TotalSeconds:0.0} s (budget {Budget.TotalSeconds} s)");
    }

    [Fact]
    public void Short_page_parsed_on_the_calling_thread_stops_at_its_deadline_too()
    {
        var diagnostics = new List<Diagnostic>();

        // Under 32 KB the parse runs on the calling thread, with no watcher: only the deadline can stop it.
        // A budget already spent makes the first link character throw, whatever the machine's speed.
        var document = MarkdownRenderer.Parse("content/index.md", "A [link](https://example.com/) and *more*.\n", 5, diagnostics, TimeSpan.Zero);

        Assert.Null(document);
        Assert.Equal(DiagnosticCodes.MarkdownTooComplex, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Ordinary_page_parses_within_the_real_budget()
    {
        var diagnostics = new List<Diagnostic>();

        var document = MarkdownRenderer.Parse("content/index.md", Repeat("A [link](https://example.com/) and *more* text.\n\n", 5_000), 5, diagnostics);

        Assert.NotNull(document);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Quadratic_page_fails_the_build_with_RS0304_within_the_real_budget()
    {
        var watch = Stopwatch.StartNew();

        var result = InMemorySite.BuildWithFixture("hostile-front-matter-without-body", ("content/index.md", "---\ntitle: Welcome\n---\n" + Repeat("[a](", 60_000)));

        watch.Stop();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MarkdownTooComplex, "content/index.md:4:1"), (diagnostic.Code, diagnostic.Location));
        Assert.Empty(result.Files);
        Assert.True(watch.Elapsed < MarkdownRenderer.ParseBudget + TimeSpan.FromSeconds(3), $"reported after {watch.Elapsed.TotalSeconds:0.0} s");
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
