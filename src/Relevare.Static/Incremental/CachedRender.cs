using Relevare.Static.Site;

namespace Relevare.Static.Incremental;

/// <summary>What rendering a page gave, with the page (source, URL, output path) it was made from.</summary>
internal sealed record CachedRender(Page Page, object Result);
