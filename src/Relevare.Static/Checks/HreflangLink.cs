namespace Relevare.Static.Checks;

/// <summary>A <c>&lt;link rel="alternate" hreflang="…" href="…"&gt;</c>: the page in another language (or x-default).</summary>
/// <param name="Hreflang">The hreflang value as written, lower-cased (<c>es</c>, <c>x-default</c>).</param>
/// <param name="Target">The href resolved against the page.</param>
/// <param name="Site">The link element.</param>
internal sealed record HreflangLink(string Hreflang, ResolvedUrl Target, FindingSite Site);
