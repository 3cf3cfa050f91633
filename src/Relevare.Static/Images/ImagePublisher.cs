using System.Collections.Concurrent;
using System.Collections.Immutable;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;

namespace Relevare.Static.Images;

/// <summary>
/// After the pages are rendered: reports each problem with an image at every Markdown line that shows it, and
/// makes the published files of the images that pages show (each image once, in parallel; unchanged ones from
/// the cache). Images no page shows are not published.
/// </summary>
internal static class ImagePublisher
{
    /// <summary>The published image files, sorted by path, and what it took.</summary>
    public static (ImmutableArray<OutputFile> Files, ImageStatistics Statistics) Publish(
        ISourceFileSystem source,
        ImmutableDictionary<string, ImageEntry> catalog,
        IEnumerable<ImageReference> references,
        ImageSettings settings,
        IImageCache? cache,
        List<Diagnostic> diagnostics)
    {
        var byImage = references.GroupBy(r => r.SourcePath, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var problems = new ConcurrentDictionary<string, ImageProblem>(StringComparer.Ordinal);
        var made = new ConcurrentDictionary<string, ImageProcessor.Result>(StringComparer.Ordinal);
        var usable = new List<ImageEntry>();
        foreach (var group in byImage)
        {
            if (catalog.TryGetValue(group.Key, out var entry))
            {
                if (entry.Problem is { } problem)
                {
                    problems[group.Key] = problem;
                }
                else
                {
                    usable.Add(entry);
                }
            }
            else
            {
                problems[group.Key] = Missing(source, group.Key);
            }
        }

        Parallel.ForEach(usable, entry =>
        {
            var result = ImageProcessor.Process(entry, () => source.ReadAllBytes(entry.SourcePath), settings.Quality, cache);
            made[entry.SourcePath] = result;
            if (result.Problem is { } problem)
            {
                problems[entry.SourcePath] = problem;
            }
        });

        foreach (var group in byImage)
        {
            if (problems.TryGetValue(group.Key, out var problem))
            {
                diagnostics.AddRange(group.Select(r => Diagnostic.Error(problem.Code, r.Location, problem.Message, problem.Hint)));
            }
        }

        var files = made.Values.SelectMany(r => r.Files)
            .GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.First()) // two copies of one picture: one file
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToImmutableArray();
        return (files, new ImageStatistics(made.Values.Sum(r => r.Encoded), made.Values.Sum(r => r.Reused)));
    }

    private static ImageProblem Missing(ISourceFileSystem source, string path)
    {
        if (!path.StartsWith("content/", StringComparison.Ordinal) && !path.StartsWith("assets/", StringComparison.Ordinal))
        {
            return new ImageProblem(
                DiagnosticCodes.ImageNotInContent,
                $"the image '{path}' is outside content/ and assets/",
                "put the picture next to the page, or in assets/images/ and write /assets/images/name.jpg");
        }

        if (source.IsSymbolicLink(path))
        {
            return new ImageProblem(
                DiagnosticCodes.ImageSymbolicLink,
                $"'{path}' is a symbolic link: links are never followed, so that nothing outside the site's folder is published",
                "copy the picture itself into the folder instead of linking to it");
        }

        return new ImageProblem(
            DiagnosticCodes.ImageNotFound,
            $"the image '{path}' does not exist",
            "check the file name (letter case counts) and where it is: next to the page (room.jpg), or /assets/images/room.jpg");
    }
}
