namespace Relevare.Static.Images;

/// <summary>
/// Where processed images are kept between builds, by a key naming all their inputs (source hash, settings,
/// width, format, processor version): an entry never goes stale, so it is never invalidated, only reused.
/// The CLI keeps them in a folder outside the output; tests keep them in memory.
/// </summary>
public interface IImageCache
{
    /// <summary>The bytes stored under <paramref name="key"/>, or null.</summary>
    byte[]? Read(string key);

    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>; a failure to store is not an error.</summary>
    void Write(string key, byte[] content);
}
