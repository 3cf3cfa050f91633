namespace Relevare.Static.Medical;

/// <summary>
/// What the medical output checks read from a rendered page (<see cref="MedicalOutputCheck"/>,
/// <see cref="PublishedMedicalCheck"/>): its JSON-LD blocks, canonical link, language and whether it shows the
/// disclaimer. The check stage's page pass reads them from the page it parsed once.
/// </summary>
internal sealed class RenderedHealthPage
{
    private readonly Lazy<bool> _showsDisclaimer;

    /// <param name="structuredData">The text of each <c>&lt;script type="application/ld+json"&gt;</c>, in document order.</param>
    /// <param name="canonical">The href of the first <c>&lt;link rel="canonical"&gt;</c>, or null.</param>
    /// <param name="language">The <c>&lt;html lang&gt;</c>, or null.</param>
    /// <param name="showsDisclaimer">
    /// Whether the first element that site.yml's <c>disclaimer_selector</c> matches has text; asked only when needed
    /// (a selector the pass cannot match itself costs a second parse of the page).
    /// </param>
    public RenderedHealthPage(IReadOnlyList<string> structuredData, string? canonical, string? language, Func<bool> showsDisclaimer)
    {
        StructuredData = structuredData;
        Canonical = canonical;
        Language = language;
        _showsDisclaimer = new Lazy<bool>(showsDisclaimer, LazyThreadSafetyMode.None);
    }

    /// <summary>The text of each <c>&lt;script type="application/ld+json"&gt;</c>, in document order.</summary>
    public IReadOnlyList<string> StructuredData { get; }

    /// <summary>The href of the first <c>&lt;link rel="canonical"&gt;</c>, or null (no such link, or no href).</summary>
    public string? Canonical { get; }

    /// <summary>The page's <c>&lt;html lang&gt;</c>, or null.</summary>
    public string? Language { get; }

    /// <summary>True when the page shows the medical disclaimer: the first element the selector matches has text.</summary>
    public bool ShowsDisclaimer => _showsDisclaimer.Value;
}
