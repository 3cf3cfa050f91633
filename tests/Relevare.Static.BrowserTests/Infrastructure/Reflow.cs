using Microsoft.Playwright;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>WCAG 1.4.10 Reflow: whether the page needs horizontal scrolling at its current viewport width.</summary>
internal static class Reflow
{
    private const string Overflowing = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + [...e.classList].join('.') : ''} ends at ${Math.round(e.getBoundingClientRect().right)} px`);
          return [`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`, ...wide];
        }
        """;

    /// <summary>Empty when nothing scrolls sideways; otherwise the page's width and the elements that stick out.</summary>
    public static async Task<IReadOnlyList<string>> OverflowAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(Overflowing);
}
