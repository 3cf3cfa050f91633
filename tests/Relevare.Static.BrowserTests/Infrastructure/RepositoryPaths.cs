namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// Finds the repository by walking up from the test assembly to Relevare.Static.sln. The clinic's site, the test
/// sites under <c>sites/</c> and the npm tools in <c>node_modules/</c> are used in place, not copied to bin/.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder holding Relevare.Static.sln, the clinic's site and package.json.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>A test site of this project: <c>tests/Relevare.Static.BrowserTests/sites/NAME</c>.</summary>
    public static string TestSite(string name) =>
        Path.Combine(RepositoryRoot, "tests", "Relevare.Static.BrowserTests", "sites", name);

    /// <summary>
    /// <c>artifacts/browser/SUB</c> (ignored by git), created if missing: screenshots, reports and the built sites,
    /// kept after the run so a failure can be looked at.
    /// </summary>
    public static string Artifacts(string sub)
    {
        var folder = Path.Combine(RepositoryRoot, "artifacts", "browser", sub);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Relevare.Static.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Relevare.Static.sln above {AppContext.BaseDirectory}");
    }
}
