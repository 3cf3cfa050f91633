namespace Relevare.Static.Images;

/// <summary>What a build did with images (for tests and <c>--timings</c>): files encoded, files taken from the cache.</summary>
/// <param name="Encoded">Published image files decoded, resized and encoded in this build.</param>
/// <param name="Reused">Published image files taken from the image cache or copied unchanged.</param>
public sealed record ImageStatistics(int Encoded, int Reused)
{
    /// <summary>No images.</summary>
    public static ImageStatistics None { get; } = new(0, 0);
}
