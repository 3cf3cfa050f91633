namespace Relevare.Static.Checks;

/// <summary>A URL resolved against the page it appears on.</summary>
/// <param name="Kind">What it points at.</param>
/// <param name="Path">
/// For <see cref="UrlKind.Internal"/>: the decoded path under the site root, without a leading <c>/</c>; it keeps a
/// trailing <c>/</c> when the URL had one (<c>""</c> is the root).
/// </param>
/// <param name="Fragment">The decoded fragment without <c>#</c>, or null when there is none.</param>
/// <param name="Scheme">The lowercase scheme for <see cref="UrlKind.OtherScheme"/> and external URLs.</param>
/// <param name="Absolute">The absolute URL for <see cref="UrlKind.External"/>.</param>
internal sealed record ResolvedUrl(UrlKind Kind, string Path, string? Fragment, string? Scheme, Uri? Absolute);
