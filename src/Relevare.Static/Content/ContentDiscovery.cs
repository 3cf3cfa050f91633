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
            else if (ImageFormats.OfName(path) != ImageFormat.Unknown)
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

        var templates = SourceReader.List(files, "templates", diagnostics).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToImmutableArray();
        return new SiteSources(pages.ToImmutable(), templates, [.. SourceReader.List(files, "assets", diagnostics)]) { ContentImages = images.ToImmutable() };
    }
}
