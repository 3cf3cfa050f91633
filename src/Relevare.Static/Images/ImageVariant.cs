using Relevare.Static.Content;

namespace Relevare.Static.Images;

/// <summary>One published file made from a source image.</summary>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="Format">Its format (the source's, or WebP).</param>
/// <param name="OutputPath">Its path in the output, with a hash of its inputs in the name (cacheable forever).</param>
internal sealed record ImageVariant(int Width, int Height, ImageFormat Format, string OutputPath)
{
    /// <summary>The URL it is published at.</summary>
    public string Url => "/" + OutputPath;

    /// <summary>The cache key of its bytes (the same inputs always give the same name, hence the same bytes).</summary>
    public string CacheKey => OutputPath[(OutputPath.LastIndexOf('/') + 1)..];
}
