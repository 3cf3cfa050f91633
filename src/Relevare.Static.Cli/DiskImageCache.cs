using Relevare.Static.Images;

namespace Relevare.Static.Cli;

/// <summary>
/// Processed images kept between builds in <c>.relevare-cache/images/</c> in the site's folder: outside the output
/// (never published), hidden (never read as a source), and gitignored. A key names all of an entry's inputs, so
/// entries never go stale. Each entry is written to a temporary file and renamed into place, so a build killed
/// mid-write leaves either no entry or a whole one; a cache that cannot be read or written only costs time.
/// </summary>
internal sealed class DiskImageCache : IImageCache
{
    /// <summary>The cache folder, relative to the site's folder.</summary>
    public const string FolderName = ".relevare-cache/images";

    private readonly string _folder;

    public DiskImageCache(string siteFolder) => _folder = Path.Combine(Path.GetFullPath(siteFolder), FolderName);

    public byte[]? Read(string key)
    {
        try
        {
            return IsKey(key) ? File.ReadAllBytes(Path.Combine(_folder, key)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Write(string key, byte[] content)
    {
        if (!IsKey(key))
        {
            return;
        }

        var temporary = Path.Combine(_folder, $".{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(_folder);
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, Path.Combine(_folder, key), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    // Keys are file names made by ImageCatalog (name-width.hash.ext); anything else is refused rather than joined to a path.
    private static bool IsKey(string key) =>
        key.Length is > 0 and < 200 && key[0] != '.' && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's writer to overwrite; it is hidden and never read as an entry.
        }
    }
}
