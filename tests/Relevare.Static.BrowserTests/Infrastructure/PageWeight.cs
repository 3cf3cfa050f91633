using System.Globalization;
using System.Text.Json;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// What a page costs, as the browser measured it after loading it: nothing here depends on how fast the machine is
/// or how busy it was (unlike Lighthouse's simulated timings), so these can be hard gates.
/// </summary>
/// <param name="Requests">The document and every resource it loaded (resource timing entries).</param>
/// <param name="Bytes">Body bytes as sent (encoded) for the document and every resource.</param>
/// <param name="RenderBlocking">Resources the browser marked render-blocking (<c>renderBlockingStatus</c>), by URL.</param>
/// <param name="LayoutShift">The sum of layout-shift scores not caused by input, from the first paint until measured.</param>
/// <param name="DomElements">Elements in the document.</param>
/// <param name="DomDepth">The deepest element's depth below &lt;html&gt;.</param>
/// <param name="ImageProblems">Images without width and height attributes, not loaded, or (raster images) with a stretched aspect ratio or far larger than displayed.</param>
internal sealed record PageWeight(
    int Requests, long Bytes, IReadOnlyList<string> RenderBlocking, double LayoutShift, int DomElements, int DomDepth,
    IReadOnlyList<string> ImageProblems)
{
    /// <summary>Runs in the page (after load, fonts and two frames), returns JSON.</summary>
    private const string Measure = """
        async () => {
          await document.fonts.ready;
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          const nav = performance.getEntriesByType('navigation')[0];
          const resources = performance.getEntriesByType('resource');
          const depth = e => { let d = 0; for (let n = e; n.parentElement; n = n.parentElement) d++; return d; };
          const all = [...document.getElementsByTagName('*')];
          const images = [...document.images].map(img => ({
            src: img.currentSrc || img.src,
            width: img.getAttribute('width'), height: img.getAttribute('height'),
            complete: img.complete, naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight,
            shownWidth: img.getBoundingClientRect().width, shownHeight: img.getBoundingClientRect().height,
          }));
          return JSON.stringify({
            requests: 1 + resources.length,
            bytes: nav.encodedBodySize + resources.reduce((sum, r) => sum + r.encodedBodySize, 0),
            renderBlocking: [nav, ...resources].filter(r => r.renderBlockingStatus === 'blocking').map(r => r.name),
            layoutShift: window.__relevareLayoutShifts.reduce((a, b) => a + b, 0),
            domElements: all.length,
            domDepth: Math.max(0, ...all.map(depth)),
            images, dpr: window.devicePixelRatio,
          });
        }
        """;

    /// <summary>Measures the page that <paramref name="page"/> has loaded.</summary>
    public static async Task<PageWeight> MeasureAsync(BrowserPage page)
    {
        using var json = JsonDocument.Parse(await page.Page.EvaluateAsync<string>(Measure));
        var root = json.RootElement;
        var dpr = root.GetProperty("dpr").GetDouble();
        var problems = new List<string>();
        foreach (var image in root.GetProperty("images").EnumerateArray())
        {
            problems.AddRange(ImageProblemsOf(image, dpr));
        }

        return new PageWeight(
            root.GetProperty("requests").GetInt32(),
            root.GetProperty("bytes").GetInt64(),
            [.. root.GetProperty("renderBlocking").EnumerateArray().Select(e => e.GetString()!)],
            root.GetProperty("layoutShift").GetDouble(),
            root.GetProperty("domElements").GetInt32(),
            root.GetProperty("domDepth").GetInt32(),
            problems);
    }

    /// <summary>One line for the test output and the results file.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Requests} requests, {Bytes} bytes, {RenderBlocking.Count} render-blocking, layout shift {LayoutShift:0.000}, {DomElements} elements (depth {DomDepth}), {ImageProblems.Count} image problems");

    private static IEnumerable<string> ImageProblemsOf(JsonElement image, double dpr)
    {
        var src = image.GetProperty("src").GetString();
        if (image.GetProperty("width").ValueKind == JsonValueKind.Null || image.GetProperty("height").ValueKind == JsonValueKind.Null)
        {
            yield return $"{src}: no width and height attributes (the page shifts when it loads)";
        }

        var naturalWidth = image.GetProperty("naturalWidth").GetDouble();
        var naturalHeight = image.GetProperty("naturalHeight").GetDouble();
        if (!image.GetProperty("complete").GetBoolean() || naturalWidth == 0 || naturalHeight == 0)
        {
            yield return $"{src}: did not load";
            yield break;
        }

        // A vector image (SVG) has no fixed pixel size: it scales to whatever it is shown at.
        var vector = Uri.TryCreate(src, UriKind.Absolute, out var uri) && uri.AbsolutePath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);
        var shownWidth = image.GetProperty("shownWidth").GetDouble();
        var shownHeight = image.GetProperty("shownHeight").GetDouble();
        if (!vector && shownWidth > 0 && shownHeight > 0)
        {
            var stretch = naturalWidth / naturalHeight / (shownWidth / shownHeight);
            if (stretch is < 0.95 or > 1.05)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{src}: shown {shownWidth:0}x{shownHeight:0}, a stretched {naturalWidth:0}x{naturalHeight:0}");
            }

            // Lighthouse's "properly sized images" spirit: more than twice the pixels the screen can show is waste.
            if (naturalWidth > 2 * shownWidth * dpr)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{src}: {naturalWidth:0} px wide, shown at {shownWidth:0} CSS px (at most {2 * shownWidth * dpr:0})");
            }
        }
    }
}
