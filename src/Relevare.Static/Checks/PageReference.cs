namespace Relevare.Static.Checks;

/// <summary>A URL found on a page, checked once every page is known.</summary>
/// <param name="Site">The element it is on.</param>
/// <param name="Url">The attribute value as written (entities decoded).</param>
/// <param name="Kind">What kind of reference it is.</param>
/// <param name="Description">How to name it in messages, e.g. <c>link</c>, <c>image</c>, <c>canonical URL</c>.</param>
/// <param name="Target">The URL resolved against the page (or its <c>&lt;base href&gt;</c>).</param>
internal sealed record PageReference(FindingSite Site, string Url, ReferenceKind Kind, string Description, ResolvedUrl Target);
