namespace Relevare.Static.Content;

/// <summary>The image formats the build reads, told apart by their first bytes (never by the file's name).</summary>
internal enum ImageFormat
{
    /// <summary>Not an image format the build knows.</summary>
    Unknown,

    /// <summary>JPEG (<c>.jpg</c>, <c>.jpeg</c>).</summary>
    Jpeg,

    /// <summary>PNG (<c>.png</c>).</summary>
    Png,

    /// <summary>WebP (<c>.webp</c>).</summary>
    Webp,

    /// <summary>GIF (<c>.gif</c>): published as it is, since resizing would drop its animation.</summary>
    Gif,

    /// <summary>SVG (<c>.svg</c>): checked, sized from its attributes and copied.</summary>
    Svg,
}
