using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Content;

/// <summary>Finds the site's files: Markdown pages in content/, HTML templates in templates/, everything in assets/.</summary>
internal static class ContentDiscovery
{
    /// <summary>Largest accepted content file: bounds Markdig's worst cases and a runaway paste.</summary>
    public const int MaxContentBytes = 1024 * 1024;

    /// <summary>Data the build reads (e.g. people.yml), kept with the content by editors but never published.</summary>
    public const string DataFolder = "content/_data/";

    public static SiteSources Discover(ISourceFileSystem files, List<Diagnostic> diagnostics)
    {
        var pages = ImmutableArray.CreateBuilder<string>();
        var images = ImmutableArray.CreateBuilder<string>();
        foreach (var path in SourceReader.List(files, "content", diagnostics))
        {
            if (path.StartsWith(DataFolder, StringComparison.Ordinal) && path.EndsWith(".yml", StringComparison.Ordinal))
            {
                continue;
            }

            if (path.EndsWith(".md", StringComparison.Ordinal))
            {
                pages.Add(path);
            }
            else if (Images.ImageCatalog.FormatOfName(path) != Images.ImageFormat.Unknown)
            {
                images.Add(path);
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.NotPublished, SourceLocation.File(path),
                    "this file is not published: only '.md' files in content/ become pages",
                    "move images, PDFs and other files to assets/ and link to them as /assets/…"));
            }
        }

        var templateFolder = SourceReader.List(files, "templates", diagnostics);
        var templates = templateFolder.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToImmutableArray();
        var strings = templateFolder.Where(p => p.StartsWith("templates/strings/", StringComparison.Ordinal) && p.EndsWith(".yml", StringComparison.Ordinal)
            && p.IndexOf('/', "templates/strings/".Length) < 0).ToImmutableArray();
        return new SiteSources(pages.ToImmutable(), templates, [.. SourceReader.List(files, "assets", diagnostics)]) { ContentImages = images.ToImmutable(), Strings = strings };
    }
}
