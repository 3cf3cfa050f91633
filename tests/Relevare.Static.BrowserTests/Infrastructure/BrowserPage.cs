using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Playwright;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// One page open in its own browser context, with everything that went wrong while it loaded recorded: console
/// errors, uncaught exceptions, failed or 4xx/5xx requests, dialogs (dismissed), and Content-Security-Policy
/// violations (from the <c>securitypolicyviolation</c> event, hooked before any of the page's own code runs).
/// </summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    // Playwright's init scripts run through the DevTools protocol, so the page's CSP does not block this one. It also
    // records layout shifts from the start (window.__relevareLayoutShifts).
    private const string CspRecorder = """
        (() => {
          const violations = [];
          Object.defineProperty(window, '__relevareCspViolations', { value: violations });
          document.addEventListener('securitypolicyviolation', e => violations.push(
            `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || '?'}:${e.lineNumber} ${e.sample || ''}`.trim()),
            true);
          // Layout shifts from the first paint on (PageBudgetTests), not caused by input.
          const shifts = [];
          Object.defineProperty(window, '__relevareLayoutShifts', { value: shifts });
          new PerformanceObserver(list => list.getEntries().forEach(e => { if (!e.hadRecentInput) shifts.push(e.value); }))
            .observe({ type: 'layout-shift', buffered: true });
        })();
        """;

    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly ConcurrentQueue<string> _pageErrors = new();
    private readonly ConcurrentQueue<string> _failedRequests = new();
    private readonly ConcurrentQueue<string> _dialogs = new();

    private BrowserPage(IBrowserContext context, IPage page)
    {
        Response = null!;
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Enqueue($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _pageErrors.Enqueue(error);
        page.RequestFailed += (_, request) => _failedRequests.Enqueue($"{request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _failedRequests.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{response.Url}: HTTP {response.Status}"));
            }
        };
        page.Dialog += (_, dialog) =>
        {
            _dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    /// <summary>The response that delivered the page's document.</summary>
    public IResponse Response { get; private set; }

    public IReadOnlyList<string> ConsoleErrors => [.. _consoleErrors];

    public IReadOnlyList<string> PageErrors => [.. _pageErrors];

    public IReadOnlyList<string> FailedRequests => [.. _failedRequests];

    public IReadOnlyList<string> Dialogs => [.. _dialogs];

    /// <summary>Opens <paramref name="url"/> in a fresh context with a viewport <paramref name="width"/> CSS pixels wide.</summary>
    public static async Task<BrowserPage> OpenAsync(IBrowser browser, Uri url, int width, int height = 800)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            // Instant scrolling: the skip link's jump is checked right after Enter.
            ReducedMotion = ReducedMotion.Reduce,
        });
        try
        {
            await context.AddInitScriptAsync(CspRecorder);
            var page = new BrowserPage(context, await context.NewPageAsync());
            var response = await page.Page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (response is null || !response.Ok)
            {
                throw new InvalidOperationException($"{url} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
            }

            page.Response = response;
            return page;
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>The CSP violations the page reported so far.</summary>
    public async Task<IReadOnlyList<string>> CspViolationsAsync() =>
        await Page.EvaluateAsync<string[]>("() => [...window.__relevareCspViolations]");

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
