using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;

namespace Relevare.Static.Tests.Markdown;

/// <summary>
/// The timed Markdown parse budget reads its clock once per <see cref="MarkdownParseBudget.ChecksPerClockReading"/>
/// deadline checks, not at every check. The clock here is a counter the test moves by hand, so no verdict depends
/// on real time.
/// </summary>
public sealed class MarkdownParseBudgetTests
{
    private const int Every = MarkdownParseBudget.ChecksPerClockReading;

    [Fact]
    public void Timed_budget_reads_the_clock_at_the_start_and_then_once_per_interval()
    {
        var clock = new CountingClock();
        var spent = MarkdownParseBudget.Time(TimeSpan.FromSeconds(5), clock.Read, 1).Start();
        Assert.Equal(1, clock.Readings);

        for (var i = 0; i < Every * 10; i++)
        {
            Assert.False(spent());
        }

        Assert.Equal(1 + 10, clock.Readings);
        Assert.False(spent());
        Assert.Equal(1 + 10, clock.Readings);
    }

    [Fact]
    public void Timed_budget_is_spent_within_one_interval_of_its_deadline_and_stays_spent_without_reading_again()
    {
        var clock = new CountingClock();
        var spent = MarkdownParseBudget.Time(TimeSpan.FromSeconds(5), clock.Read, 1).Start();
        for (var i = 0; i < Every / 2; i++)
        {
            Assert.False(spent());
        }

        clock.Now = 5; // exactly at the deadline: not past it
        var checks = 0;
        while (checks < Every && !spent())
        {
            checks++;
        }

        Assert.Equal(Every, checks);
        clock.Now = 6;
        checks = 0;
        while (!spent())
        {
            checks++;
            Assert.True(checks <= Every, "the budget was not spent within one interval after its deadline");
        }

        var readings = clock.Readings;
        for (var i = 0; i < Every * 3; i++)
        {
            Assert.True(spent());
        }

        Assert.Equal(readings, clock.Readings);
    }

    [Fact]
    public void Parse_of_an_ordinary_page_reads_the_clock_once_per_interval_of_deadline_checks()
    {
        var page = string.Concat(Enumerable.Repeat("A [link](https://example.com/) and *more* `text`.\n\n", 500));
        var counted = MarkdownParseBudget.Counted(long.MaxValue, TimeSpan.FromSeconds(5));
        Assert.NotNull(MarkdownRenderer.Parse("content/index.md", page, 4, [], counted));
        Assert.InRange(counted.Checks, 500, 500 * 10);

        var clock = new CountingClock();
        var diagnostics = new List<Diagnostic>();
        var document = MarkdownRenderer.Parse("content/index.md", page, 4, diagnostics, MarkdownParseBudget.Time(TimeSpan.FromSeconds(5), clock.Read, 1));

        Assert.NotNull(document);
        Assert.Empty(diagnostics);
        Assert.Equal(1 + (counted.Checks / Every), clock.Readings);
    }

    [Fact]
    public void Timed_budget_still_stops_a_quadratic_parse_once_its_clock_passes_the_deadline()
    {
        // Under 32 KB: parsed on the calling thread, with no watcher, so only the deadline can stop it. The clock
        // moves one second per reading: past the 5 s deadline at the sixth reading after the start.
        var clock = new CountingClock { Step = 1 };
        var diagnostics = new List<Diagnostic>();
        var input = string.Concat(Enumerable.Repeat("[a](", 5_000));

        var document = MarkdownRenderer.Parse("content/index.md", input, 4, diagnostics, MarkdownParseBudget.Time(TimeSpan.FromSeconds(5), clock.Read, 1));

        Assert.Null(document);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MarkdownTooComplex, "content/index.md:4:1"), (diagnostic.Code, diagnostic.Location));
        Assert.Contains("took more than 5 s to parse", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(1 + 6, clock.Readings);
    }

    [Fact]
    public void Each_parse_on_a_thread_is_checked_against_its_own_budget()
    {
        // The deadline check keeps the last parse's budget per thread: parses one after another on this thread,
        // with spent and unspent budgets in turn, must each get their own verdict and count their own checks.
        var page = "A [link](https://example.com/) and *more* `text`.\n";
        for (var round = 0; round < 3; round++)
        {
            var none = MarkdownParseBudget.Counted(0, TimeSpan.FromSeconds(5));
            var stopped = new List<Diagnostic>();
            Assert.Null(MarkdownRenderer.Parse("content/a.md", page, 4, stopped, none));
            Assert.Equal(DiagnosticCodes.MarkdownTooComplex, Assert.Single(stopped).Code);
            Assert.Equal(1, none.Checks);

            var plenty = MarkdownParseBudget.Counted(long.MaxValue, TimeSpan.FromSeconds(5));
            var parsed = new List<Diagnostic>();
            Assert.NotNull(MarkdownRenderer.Parse("content/b.md", page, 4, parsed, plenty));
            Assert.Empty(parsed);
            Assert.InRange(plenty.Checks, 2, 100);
        }
    }

    private sealed class CountingClock
    {
        public long Now { get; set; }

        public long Step { get; init; }

        public int Readings { get; private set; }

        public long Read()
        {
            Readings++;
            var now = Now;
            Now += Step;
            return now;
        }
    }
}
