using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Site;
using Relevare.Static.Templating;

namespace Relevare.Static.Incremental;

/// <summary>
/// The memos of one build under one configuration: validating a content file (keyed by its bytes), checking a
/// page on its own (keyed by its bytes and origin), and — through <see cref="Renders"/>, once the site model and
/// the templates are known — rendering a page.
/// </summary>
internal sealed class CacheScope
{
    private readonly bool _remember;
    private readonly SiteConfig _config;
    private readonly CacheContents _previous;
    private RenderScope? _renders;

    internal CacheScope(bool remember, SiteConfig config, CacheContents previous)
    {
        _remember = remember;
        _config = config;
        _previous = previous;

        // A copy of the bytes is kept: the file system may hand out an array it later changes in place.
        Pages = new(remember, previous.Pages, (a, b) => a.AsSpan().SequenceEqual(b), bytes => bytes.ToArray());

        // Only the page's own checks are memoised, not where its links lead (that depends on the other pages and is
        // checked every time). The check options come from site.yml and the build options, compared by the session.
        Scans = new(remember, previous.Scans, (a, b) => a.Html.Span.SequenceEqual(b.Html.Span) && StructuralEquality.AreEqual(a.Origin, b.Origin, _ => false));
    }

    /// <summary>Validating a content file's front matter: reused when its bytes are unchanged.</summary>
    public Memo<byte[], PageResult<SourcePage>> Pages { get; }

    /// <summary>Checking a rendered page on its own (structure, images, links' text, safety).</summary>
    public Memo<ScanInput, PageScan> Scans { get; }

    /// <summary>What this build made, for the next one.</summary>
    internal CacheContents Made => new(
        _config,
        Pages.Made,
        _renders?.Site,
        _renders?.SiteGlobal,
        _renders?.SiteKey,
        _renders?.TemplatesKey,
        _renders?.Pages.Made ?? new Dictionary<string, Memoised<Page, PageResult<RenderedPage>>>(),
        Scans.Made);

    /// <summary>How much was made and how much reused.</summary>
    internal BuildCacheStatistics Statistics => new(
        Pages.Computed, Pages.Reused, _renders?.Pages.Computed ?? 0, _renders?.Pages.Reused ?? 0, Scans.Computed, Scans.Reused);

    /// <summary>
    /// What every page's rendering sees in this build — the site model, the template strings, the templates (path and
    /// text, null when unreadable) and whether they can render at all — and the memo of rendering a page under it.
    /// A build renders its pages under one scope: a second call is a bug.
    /// </summary>
    public RenderScope Renders(SiteModel site, TemplateStrings strings, IEnumerable<KeyValuePair<string, string?>> templates, bool templatesUsable)
    {
        if (_renders is not null)
        {
            throw new InvalidOperationException("this build's render scope is already set");
        }

        _renders = new RenderScope(_remember, _previous, site, strings, templates, templatesUsable);
        return _renders;
    }
}
