using System.Collections.Immutable;

namespace Relevare.Static.Configuration;

/// <summary>
/// site.yml's <c>images:</c> settings: the widths raster images are published at, the encoding quality, the limits
/// that keep a hostile file from costing unbounded time or memory, and the <c>sizes</c> attribute of pictures.
/// </summary>
/// <param name="Widths">Published widths in pixels, ascending; an image narrower than a width is not enlarged.</param>
/// <param name="Quality">JPEG and WebP quality, 1–100.</param>
/// <param name="MaxPixels">The largest image accepted, in pixels (width × height), checked before decoding.</param>
/// <param name="MaxFileBytes">The largest image file accepted, checked before it is read.</param>
/// <param name="Sizes">The <c>sizes</c> attribute written with <c>srcset</c>.</param>
internal sealed record ImageSettings(ImmutableArray<int> Widths, int Quality, long MaxPixels, long MaxFileBytes, string Sizes)
{
    /// <summary>The defaults: 480, 960 and 1440 px, quality 80, 50 megapixels, 20 MB.</summary>
    public static ImageSettings Default { get; } = new([480, 960, 1440], 80, 50_000_000, 20 * 1024 * 1024, DefaultSizes);

    /// <summary>The main column is at most 68ch plus its padding (assets/css/site.css), about 42rem.</summary>
    public const string DefaultSizes = "(min-width: 44rem) 42rem, 100vw";

    /// <summary>The settings as one line of text, part of every variant's name and cache key.</summary>
    public string Key => $"w={string.Join(',', Widths)};q={Quality}";
}
