using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Images;

/// <summary>
/// The images stage's first half: reads every image of content/ and assets/ once, checks it (size limits before
/// reading, format against name, pixel limit before decoding, SVG safety) and decides what it is published as.
/// Only headers are read here; pixels are decoded later, and only for images that a page shows.
/// </summary>
internal static class ImageCatalog
{
    /// <summary>Bumped whenever the processing changes its output, so cached and published names change too.</summary>
    public const string ProcessorVersion = "relevare-images-1;skia-4.156.1";

    /// <summary>Where every image made by the build is published; all its files are named by a hash (cached forever).</summary>
    public const string OutputFolder = "img/";

    /// <summary>Checks and plans every image among <paramref name="paths"/> (in parallel), by source path.</summary>
    public static ImmutableDictionary<string, ImageEntry> Build(ISourceFileSystem source, IEnumerable<string> paths, ImageSettings settings)
    {
        var entries = new ConcurrentDictionary<string, ImageEntry>(StringComparer.Ordinal);
        Parallel.ForEach(paths.Where(p => ImageFormats.OfName(p) != ImageFormat.Unknown), path =>
            entries[path] = Plan(path, source.FileLength(path), () => source.ReadAllBytes(path), settings));
        return entries.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Checks one image and plans its published files. <paramref name="length"/>, when known, is checked against the
    /// limit before <paramref name="read"/> is called, so a 100 MB file is never read.
    /// </summary>
    public static ImageEntry Plan(string path, long? length, Func<byte[]> read, ImageSettings settings)
    {
        if (length > settings.MaxFileBytes)
        {
            return ImageEntry.Failed(path, TooBig(path, length.Value, settings));
        }

        var bytes = read();
        if (bytes.Length > settings.MaxFileBytes)
        {
            return ImageEntry.Failed(path, TooBig(path, bytes.Length, settings));
        }

        var named = ImageFormats.OfName(path);
        var actual = ImageHeaderReader.Sniff(bytes);
        if (actual == ImageFormat.Unknown)
        {
            return ImageEntry.Failed(path, new ImageProblem(
                DiagnosticCodes.ImageUnreadable,
                $"'{path}' is not an image: its content is {ImageHeaderReader.Describe(bytes)}",
                "export the picture again as JPEG, PNG, WebP or SVG and replace the file"));
        }

        if (actual != named)
        {
            return ImageEntry.Failed(path, new ImageProblem(
                DiagnosticCodes.ImageMislabelled,
                $"'{path}' is named like {Article(named)} file but its content is {ImageHeaderReader.Describe(bytes)}",
                $"rename it to end in {ExtensionOf(actual)}, or export it again as {named.ToString().ToUpperInvariant()}"));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (actual == ImageFormat.Svg)
        {
            var svg = SvgInspector.Inspect(bytes);
            if (svg.Problem is { } problem)
            {
                return ImageEntry.Failed(path, svg.IsUnsafe
                    ? new ImageProblem(DiagnosticCodes.ImageSvgUnsafe, $"the SVG '{path}' is not safe to publish: {problem}", "remove it from the SVG (export it again as plain SVG, or as PNG)")
                    : new ImageProblem(DiagnosticCodes.ImageUnreadable, $"the SVG '{path}' cannot be read: {problem}", "export it again from the drawing program"));
            }

            if (svg.Width <= 0 || svg.Height <= 0)
            {
                return ImageEntry.Failed(path, new ImageProblem(
                    DiagnosticCodes.ImageSvgWithoutSize,
                    $"the SVG '{path}' has no size: neither width and height in pixels nor a viewBox",
                    "add a viewBox to its <svg> element, e.g. viewBox=\"0 0 640 360\""));
            }

            return new ImageEntry(path, actual, svg.Width, svg.Height, hash, [Copy(path, hash, actual, svg.Width, svg.Height)], null);
        }

        if (ImageHeaderReader.Read(bytes) is not { } header)
        {
            return ImageEntry.Failed(path, new ImageProblem(
                DiagnosticCodes.ImageUnreadable,
                $"the image '{path}' is damaged: its header is cut short or inconsistent",
                "export the picture again and replace the file"));
        }

        if ((long)header.Width * header.Height > settings.MaxPixels)
        {
            return ImageEntry.Failed(path, new ImageProblem(
                DiagnosticCodes.ImageTooManyPixels,
                $"the image '{path}' claims {header.Width} × {header.Height} pixels ({(long)header.Width * header.Height / 1_000_000.0:0.#} megapixels); the limit is {settings.MaxPixels / 1_000_000.0:0.#}",
                "resize it to at most a few thousand pixels wide before adding it (or raise 'images: max_megapixels' in site.yml)"));
        }

        if (actual == ImageFormat.Gif)
        {
            // Resizing would keep one frame of an animation: GIFs are published as they are.
            return new ImageEntry(path, actual, header.Width, header.Height, hash, [Copy(path, hash, actual, header.Width, header.Height)], null);
        }

        var widths = settings.Widths.Where(w => w < header.Width).Append(Math.Min(header.Width, settings.Widths[^1])).Distinct().Order().ToList();
        var formats = actual == ImageFormat.Webp ? [ImageFormat.Webp] : new[] { actual, ImageFormat.Webp };
        var variants = formats.SelectMany(format => widths.Select(width =>
        {
            var height = Math.Max(1, (int)Math.Round((double)width * header.Height / header.Width));
            var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{hash};{settings.Key};{width};{format};{ProcessorVersion}")))[..10];
            return new ImageVariant(width, height, format, $"{Stem(path)}-{width}w.{key}{ExtensionOf(format)}");
        })).ToImmutableArray();
        return new ImageEntry(path, actual, header.Width, header.Height, hash, variants, null);
    }

    /// <summary>The source path a Markdown image URL names, or null when it is not a local image (another site, data:).</summary>
    public static string? SourcePathOf(string pagePath, string url)
    {
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var end = url.IndexOfAny(['?', '#']);
        var target = Uri.UnescapeDataString(end >= 0 ? url[..end] : url);
        if (ImageFormats.OfName(target) == ImageFormat.Unknown)
        {
            return null;
        }

        if (target.StartsWith("/assets/", StringComparison.Ordinal))
        {
            var resolved = SourcePaths.Resolve("content/x.md", target["/assets".Length..]);
            return resolved is null ? null : "assets/" + resolved["content/".Length..];
        }

        // A path leading out of content/ stays as written: it is reported (RS0910), never looked up.
        return SourcePaths.Resolve(pagePath, target) ?? target;
    }

    private static ImageVariant Copy(string path, string hash, ImageFormat format, int width, int height) =>
        new(width, height, format, $"{Stem(path)}.{hash[..10]}{ExtensionOf(format)}");

    // content/treatment/room.jpg → img/treatment/room; assets/images/logo.svg → img/assets/images/logo.
    private static string Stem(string path)
    {
        var relative = path.StartsWith("content/", StringComparison.Ordinal) ? path["content/".Length..] : path;
        var dot = relative.LastIndexOf('.');
        return OutputFolder + (dot > relative.LastIndexOf('/') ? relative[..dot] : relative);
    }

    private static string ExtensionOf(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Png => ".png",
        ImageFormat.Webp => ".webp",
        ImageFormat.Gif => ".gif",
        _ => ".svg",
    };

    private static string Article(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "a JPEG",
        ImageFormat.Png => "a PNG",
        ImageFormat.Webp => "a WebP",
        ImageFormat.Gif => "a GIF",
        _ => "an SVG",
    };

    private static ImageProblem TooBig(string path, long length, ImageSettings settings) => new(
        DiagnosticCodes.ImageFileTooLarge,
        $"the image file '{path}' is {length / 1024.0 / 1024:0.#} MB; image files are limited to {settings.MaxFileBytes / 1024 / 1024} MB",
        "export a smaller version (a few thousand pixels wide, JPEG quality 85 is plenty), or raise 'images: max_file_mb' in site.yml");
}
