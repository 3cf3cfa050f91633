using Microsoft.Playwright;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// WCAG 2.4.7 Focus Visible: tabs through the whole page with the keyboard and compares each tab stop's computed
/// outline and box-shadow while focused with the same element unfocused.
/// </summary>
internal static class FocusIndicators
{
    private const int MaximumTabStops = 200;

    private const string Describe = """
        e => e === document.body || e === null ? 'body'
          : `${e.tagName.toLowerCase()}${e.className ? '.' + [...e.classList].join('.') : ''} "${(e.textContent || '').trim().slice(0, 40)}"`
        """;

    private const string FocusStyle = """
        e => { const s = getComputedStyle(e); return `outline: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow: ${s.boxShadow}`; }
        """;

    private const string IsVisible = """
        e => { const s = getComputedStyle(e); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }
        """;

    /// <summary>A description of the focused element, for messages.</summary>
    public static Task<string> DescribeFocusedAsync(IPage page) =>
        page.EvaluateAsync<string>($"() => ({Describe})(document.activeElement)");

    /// <summary>
    /// Presses Tab until focus leaves the page or comes round again. Returns how many tab stops there were and one
    /// line for each whose focus indicator is missing or looks the same as without focus.
    /// </summary>
    public static async Task<(int TabStops, IReadOnlyList<string> Problems)> CheckAsync(IPage page)
    {
        var stops = new List<(int Index, string Name, string Focused, bool Visible)>();
        for (var step = 0; step < MaximumTabStops; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var index = await page.EvaluateAsync<int>(
                "() => document.activeElement === document.body ? -1 : [...document.querySelectorAll('*')].indexOf(document.activeElement)");
            if (index < 0 || stops.Any(s => s.Index == index))
            {
                break;
            }

            stops.Add((index,
                await DescribeFocusedAsync(page),
                await page.EvaluateAsync<string>($"() => ({FocusStyle})(document.activeElement)"),
                await page.EvaluateAsync<bool>($"() => ({IsVisible})(document.activeElement)")));
        }

        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        var problems = new List<string>();
        foreach (var stop in stops)
        {
            var unfocused = await page.EvaluateAsync<string>($"i => ({FocusStyle})(document.querySelectorAll('*')[i])", stop.Index);
            if (!stop.Visible || unfocused == stop.Focused)
            {
                problems.Add($"{stop.Name}: focused {stop.Focused}; unfocused {unfocused}");
            }
        }

        return (stops.Count, problems);
    }
}
