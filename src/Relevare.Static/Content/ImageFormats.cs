using System.Collections.Frozen;

namespace Relevare.Static.Content;

/// <summary>
/// Which file names are images, and of which format: discovery needs it to tell content/'s images from stray files,
/// before the images stage reads them.
/// </summary>
internal static class ImageFormats
{
    private static readonly FrozenDictionary<string, ImageFormat> FormatByExtension = new Dictionary<string, ImageFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = ImageFormat.Jpeg,
        [".jpeg"] = ImageFormat.Jpeg,
        [".png"] = ImageFormat.Png,
        [".webp"] = ImageFormat.Webp,
        [".gif"] = ImageFormat.Gif,
        [".svg"] = ImageFormat.Svg,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The format a file's name promises, or <see cref="ImageFormat.Unknown"/> when it is not an image's name.</summary>
    public static ImageFormat OfName(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') && FormatByExtension.TryGetValue(path[dot..], out var format) ? format : ImageFormat.Unknown;
    }
}
