using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Content;

/// <summary>
/// Discovery searches content/ for links on another thread while it lists the folder: the findings must come in the
/// same order whichever of the two finishes first (the links' first, as when the search ran before the listing).
/// </summary>
public sealed class ContentDiscoveryOrderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Link_findings_come_before_the_listings_whichever_finishes_first(bool linksLast)
    {
        var site = new InMemorySourceFileSystem(new Dictionary<string, byte[]>
        {
            ["content/index.md"] = Encoding.UTF8.GetBytes("---\ntitle: T\n---\n"),
            ["content/notes.txt"] = Encoding.UTF8.GetBytes("not a page"),
            ["content/zz.pdf"] = Encoding.UTF8.GetBytes("not a page"),
        })
        {
            Links = [new SourceLink("content/shared", "/srv/shared", IsFolder: true), new SourceLink("content/a.md", "/srv/a.md", IsFolder: false)],
        };
        var diagnostics = new List<Diagnostic> { Diagnostic.Warning(DiagnosticCodes.NotPublished, SourceLocation.File("earlier"), "an earlier finding", "") };

        using var ordered = new Ordered(site, linksLast);
        var sources = ContentDiscovery.Discover(ordered, diagnostics);

        Assert.Equal(["content/index.md"], sources.Pages.ToArray());
        Assert.Equal(
            [
                ("earlier", DiagnosticCodes.NotPublished),
                ("content/a.md", DiagnosticCodes.SymbolicLinkInContent),
                ("content/shared", DiagnosticCodes.SymbolicLinkInContent),
                ("content/notes.txt", DiagnosticCodes.NotPublished),
                ("content/zz.pdf", DiagnosticCodes.NotPublished),
            ],
            diagnostics.Select(d => (d.Path, d.Code)));
    }

    // Makes the link search finish after the listing of content/ (or before it starts): any other order of the two
    // would change nothing either; waits are bounded so that a discovery that runs them one after the other still ends.
    private sealed class Ordered(ISourceFileSystem inner, bool linksLast) : ISourceFileSystem, IDisposable
    {
        private readonly ManualResetEventSlim _listed = new();
        private readonly ManualResetEventSlim _searched = new();

        public IReadOnlyList<string> EnumerateFiles(string directory)
        {
            if (!linksLast && directory == "content")
            {
                _searched.Wait(TimeSpan.FromSeconds(5));
            }

            var files = inner.EnumerateFiles(directory);
            if (directory == "content")
            {
                _listed.Set();
            }

            return files;
        }

        public IReadOnlyList<SourceLink> SymbolicLinks(string directory)
        {
            if (linksLast)
            {
                _listed.Wait(TimeSpan.FromSeconds(5));
            }

            var links = inner.SymbolicLinks(directory);
            _searched.Set();
            return links;
        }

        public bool FileExists(string path) => inner.FileExists(path);

        public byte[] ReadAllBytes(string path) => inner.ReadAllBytes(path);

        public void Dispose()
        {
            _listed.Dispose();
            _searched.Dispose();
        }
    }
}
