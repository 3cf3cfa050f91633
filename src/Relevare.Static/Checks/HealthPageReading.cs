using Relevare.Static.Configuration;
using Relevare.Static.Medical;

namespace Relevare.Static.Checks;

/// <summary>
/// What the medical output rules read from a page the pass parsed (<see cref="RenderedHealthPage"/>), as the DOM's
/// <c>querySelectorAll("script[type='application/ld+json']")</c>, <c>querySelector("link[rel=canonical]")</c> and
/// <c>querySelector(disclaimer_selector)</c> find it: a type selector matches its name without regard to case, in
/// any namespace; an attribute's value exactly.
/// </summary>
internal static class HealthPageReading
{
    /// <summary>The page's JSON-LD, canonical link, language and disclaimer (found when asked).</summary>
    public static RenderedHealthPage Read(PageContext page, MedicalSettings settings)
    {
        List<string>? structuredData = null;
        string? canonical = null;
        var canonicalFound = false;
        foreach (var element in page.Elements)
        {
            if (string.Equals(element.LocalName, "script", StringComparison.OrdinalIgnoreCase) && element.GetAttribute("type") == "application/ld+json")
            {
                (structuredData ??= []).Add(element.TextContent);
            }
            else if (!canonicalFound && string.Equals(element.LocalName, "link", StringComparison.OrdinalIgnoreCase) && element.GetAttribute("rel") == "canonical")
            {
                canonicalFound = true;
                canonical = element.GetAttribute("href");
            }
        }

        var document = page.Document;
        var html = page.Html;
        return new RenderedHealthPage(
            structuredData ?? [],
            canonical,
            document.Root.GetAttribute("lang"),
            () => PageSelector.FirstMatchText(document, html, settings.DisclaimerSelector) is { } text && text.Trim().Length > 0);
    }
}
