using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Cli;

/// <summary>
/// A throw-away folder holding a copy of a site's sources (site.yml, content/, templates/, assets/), so CLI tests
/// can build into <c>_site/</c> beside them without touching the repository. Deleted on dispose.
/// </summary>
internal sealed class TempSite : IDisposable
{
    private static readonly string[] SourceFolders = ["content", "templates", "assets"];

    private TempSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(root);
    }

    /// <summary>The temporary folder (the site's sources are directly inside it).</summary>
    public string Root { get; }

    /// <summary>The default output folder, <c>Root/_site</c>.</summary>
    public string Output => Path.Combine(Root, "_site");

    /// <summary>A copy of the fixture <paramref name="name"/> from tests/fixtures.</summary>
    public static TempSite FromFixture(string name) => FromFolder(RepositoryPaths.Fixture(name));

    /// <summary>A copy of the clinic's real site at the repository root.</summary>
    public static TempSite FromRepository() => FromFolder(RepositoryPaths.RepositoryRoot);

    private static TempSite FromFolder(string source)
    {
        var site = new TempSite(Path.Combine(Path.GetTempPath(), "relevare-cli-tests", Guid.NewGuid().ToString("N")));
        site.ReplaceSourcesWith(source);
        return site;
    }

    /// <summary>Replaces the site's sources with those of another folder, leaving everything else (e.g. _site/) alone.</summary>
    public void ReplaceSourcesWith(string source)
    {
        File.Delete(Path.Combine(Root, "site.yml"));
        File.Copy(Path.Combine(source, "site.yml"), Path.Combine(Root, "site.yml"));
        foreach (var folder in SourceFolders)
        {
            var target = Path.Combine(Root, folder);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            if (Directory.Exists(Path.Combine(source, folder)))
            {
                CopyFolder(Path.Combine(source, folder), target);
            }
        }
    }

    /// <summary>A path inside the site's folder.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
