using System.Reflection;
using Relevare.Static.Assets;
using Relevare.Static.Diagnostics;
using Relevare.Static.Site;
using Relevare.Static.Templating;
using Scriban.Runtime;

namespace Relevare.Static.Incremental;

/// <summary>
/// What every page's rendering sees in one build (the site model, its <c>site</c> template model, the templates),
/// and the memo of rendering a page: a page's earlier render is reused only when this scope is the previous
/// build's and the page itself (source, URL, output path) is unchanged.
/// </summary>
internal sealed class RenderScope
{
    internal RenderScope(bool remember, CacheContents previous, SiteModel site, TemplateStrings strings, IEnumerable<KeyValuePair<string, string?>> templates, bool templatesUsable)
    {
        // Without usable templates nothing is rendered through them: no site template model, nothing reused, and
        // nothing recorded of the site (so the next build re-renders).
        var reuse = false;
        if (templatesUsable)
        {
            Site = site;

            // Everything of the site model but its page list (configuration, link targets, assets and their hashed
            // names, redirects, listings, and whatever is added later) is seen by renders directly, not only through
            // the site template model: it must be unchanged for any render to be reused. The asset manifest is a class
            // made from its list of assets alone, so that list is what is compared.
            var restUnchanged = remember && previous.Site is { } before
                && StructuralEquality.AreEqual(before with { Pages = [], Assets = AssetManifest.Empty }, site with { Pages = [], Assets = AssetManifest.Empty }, IsPageBody)
                && StructuralEquality.AreEqual(before.Assets.Assets, site.Assets.Assets, IsPageBody);

            // The site template model is the previous build's when the two site models are equal apart from page
            // bodies, which is the case after an edit to a page's text only. This relies on the site template model
            // not depending on page bodies (a test guards it). Building it and comparing it costs about as much as
            // rendering a hundred pages at 4000 pages, hence the shortcut.
            if (restUnchanged && previous is { Site: { } previousSite, SiteGlobal: { } previousGlobal }
                && StructuralEquality.AreEqual(previousSite.Pages, site.Pages, IsPageBody))
            {
                SiteGlobal = previousGlobal;
                SiteKey = previous.SiteKey;
            }
            else
            {
                SiteGlobal = TemplateModel.Site(site, strings);
            }

            if (remember)
            {
                SiteKey ??= SiteFingerprint.OfSite(SiteGlobal, site.LinkTargets);
                TemplatesKey = SiteFingerprint.OfTemplates(templates.Concat(strings.AsFiles()), templatesUsable);
                reuse = restUnchanged && Same(previous.SiteKey, SiteKey) && Same(previous.TemplatesKey, TemplatesKey);
            }
        }

        // Page is a record: equal when its source (the same validated instance while the file is unchanged), URL
        // and output path are, and any member added to it later takes part without a change here.
        Pages = new(remember, reuse ? previous.Renders : CacheContents.Empty.Renders, (a, b) => a.Equals(b));
    }

    /// <summary>The <c>site</c> template model, or null when the templates cannot render pages.</summary>
    public ScriptObject? SiteGlobal { get; }

    /// <summary>Rendering a page (Markdown, then templates) under this scope.</summary>
    public Memo<Page, PageResult<RenderedPage>> Pages { get; }

    internal SiteModel? Site { get; }

    internal byte[]? SiteKey { get; }

    internal byte[]? TemplatesKey { get; }

    private static bool IsPageBody(PropertyInfo property) =>
        property.DeclaringType == typeof(SourcePage) && property.Name is nameof(SourcePage.Body) or nameof(SourcePage.Utf8Body) or nameof(SourcePage.BodyFirstLine);

    private static bool Same(byte[]? a, byte[]? b) => a is not null && b is not null && a.AsSpan().SequenceEqual(b);
}
