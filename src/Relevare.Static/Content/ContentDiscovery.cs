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
        // The links are searched on another thread while content/ is listed (two walks of the same folders, each
        // serial); their findings come first, as when the search ran before the listing.
        var linkFindings = new List<Diagnostic>();
        var at = diagnostics.Count;
        var links = Task.Run(() => ReportLinks(files, linkFindings));
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

        links.GetAwaiter().GetResult();
        diagnostics.InsertRange(at, linkFindings);
        var templateFolder = SourceReader.List(files, "templates", diagnostics);
        var templates = templateFolder.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToImmutableArray();
        var strings = templateFolder.Where(p => p.StartsWith("templates/strings/", StringComparison.Ordinal) && p.EndsWith(".yml", StringComparison.Ordinal)
            && p.IndexOf('/', "templates/strings/".Length) < 0).ToImmutableArray();
        return new SiteSources(pages.ToImmutable(), templates, [.. SourceReader.List(files, "assets", diagnostics)]) { ContentImages = images.ToImmutable(), Strings = strings };
    }

    // Links in content/ are never followed (listings skip them, reads refuse them): each is an error, so that pages
    // or data behind a link are not silently missing, and the people file is never read from outside the site.
    private static void ReportLinks(ISourceFileSystem files, List<Diagnostic> diagnostics)
    {
        IReadOnlyList<SourceLink> links;
        try
        {
            links = files.SymbolicLinks("content");
        }
        catch (Exception e) when (SourceReader.IsReadFailure(e))
        {
            return; // listing content/ reports the folder as unreadable
        }

        // A linked picture outside content/_data is reported where a page shows it (RS0907, at the Markdown line),
        // which says more than a second finding at the link itself; it is never read either way.
        foreach (var link in links.Where(l => l.IsFolder || ImageFormats.OfName(l.Path) == ImageFormat.Unknown
                     || (l.Path + "/").StartsWith(DataFolder, StringComparison.Ordinal)))
        {
            var isData = (link.Path + "/").StartsWith(DataFolder, StringComparison.Ordinal);
            var what = link.IsFolder ? "folder" : "file";
            var behind = isData
                ? "the people and review files must be in the site's own content/_data/ and are not read through it"
                : link.IsFolder ? "the pages and images in it are not built" : "it is not built";
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.SymbolicLinkInContent, SourceLocation.File(link.Path),
                $"the {what} '{link.Path}' is a symbolic link to '{link.Target}': links are never followed, so that nothing outside the site's folder is read or published; {behind}",
                link.IsFolder
                    ? $"replace the link with the folder itself (move or copy '{link.Target}' to {link.Path}/), or delete the link"
                    : "replace the link with a copy of the file, or delete the link"));
        }
    }
}
