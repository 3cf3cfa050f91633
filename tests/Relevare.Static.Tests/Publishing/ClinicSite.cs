using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Relevare.Static.Cli;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Publishing;

/// <summary>The clinic's real site (the repository root), built once in memory for every publishing test that reads it.</summary>
internal static class ClinicSite
{
    private static readonly Lazy<BuildResult> Built = new(() =>
        SiteBuilder.Build(new PhysicalSourceFileSystem(RepositoryPaths.RepositoryRoot), new BuildOptions()));

    public static BuildResult Result => Built.Value;

    public static Uri BaseUrl { get; } = new("https://www.relevare.example/");

    /// <summary>The output file's bytes, or null.</summary>
    public static byte[]? Bytes(string path) => Result.Files.FirstOrDefault(f => f.Path == path)?.Content.ToArray();

    public static string Text(string path) => Result.Text(path);

    /// <summary>Every HTML file of the output, parsed.</summary>
    public static IEnumerable<(string Path, IHtmlDocument Document)> HtmlFiles()
    {
        var parser = new HtmlParser();
        return Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f.Path, parser.ParseDocument(Encoding.UTF8.GetString(f.Content.Span))))
            .ToList();
    }

    /// <summary>The output path of a root-relative URL (<c>/a/</c> → <c>a/index.html</c>), without query or fragment.</summary>
    public static string OutputPathOf(string url)
    {
        var path = url.Split('?', '#')[0].TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
