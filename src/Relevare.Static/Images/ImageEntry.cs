using System.Collections.Immutable;
using Relevare.Static.Content;

namespace Relevare.Static.Images;

/// <summary>
/// A source image as the pages see it: its size and the files it is published as, or the problem that keeps it
/// from being published. Holds no pixels or bytes, so it can take part in the comparisons that decide whether a
/// page must be rendered again.
/// </summary>
/// <param name="SourcePath">Its path in the sources (<c>content/treatment/room.jpg</c>, <c>assets/images/logo.svg</c>).</param>
/// <param name="Format">Its format.</param>
/// <param name="Width">Its width as displayed, in pixels (for SVG: from its attributes or viewBox).</param>
/// <param name="Height">Its height as displayed, in pixels.</param>
/// <param name="SourceHash">The SHA-256 of its bytes, hex.</param>
/// <param name="Variants">Its published files, narrowest first; for raster images the source format first, then WebP.</param>
/// <param name="Problem">Why it cannot be published, or null.</param>
internal sealed record ImageEntry(
    string SourcePath,
    ImageFormat Format,
    int Width,
    int Height,
    string SourceHash,
    ImmutableArray<ImageVariant> Variants,
    ImageProblem? Problem)
{
    /// <summary>An image that cannot be published.</summary>
    public static ImageEntry Failed(string path, ImageProblem problem) => new(path, ImageFormat.Unknown, 0, 0, "", [], problem);

    /// <summary>The variants in the source's own format (or the one SVG/GIF file), narrowest first.</summary>
    public IEnumerable<ImageVariant> Fallback => Variants.Where(v => v.Format == Format);

    /// <summary>The WebP variants made from a JPEG or PNG, narrowest first (none for WebP, GIF and SVG sources).</summary>
    public IEnumerable<ImageVariant> Webp => Format == ImageFormat.Webp ? [] : Variants.Where(v => v.Format == ImageFormat.Webp);
}
