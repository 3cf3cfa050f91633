using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>axe-core (through Deque.AxeCore.Playwright), limited to the WCAG 2.0/2.1/2.2 A and AA rules.</summary>
internal static class Axe
{
    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static Task<AxeResult> RunAsync(IPage page) =>
        page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });

    /// <summary>One line per violation and failing element, for test output.</summary>
    public static IReadOnlyList<string> Describe(AxeResult result) =>
        [.. result.Violations.SelectMany(v => v.Nodes.Select(n =>
            $"{v.Id} ({v.Impact}): {v.Help} — {n.Target}: {n.Html}"))];
}
