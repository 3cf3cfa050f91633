namespace Relevare.Static.Tests.Fixtures;

/// <summary>
/// Finds the repository from the test assembly's folder by walking up to Relevare.Static.sln. Fixtures are read
/// in place (not copied to bin/) so that approving expected output rewrites the files under version control.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder holding Relevare.Static.sln (and the clinic's real site).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary><c>tests/fixtures</c>.</summary>
    public static string FixturesRoot => Path.Combine(RepositoryRoot, "tests", "fixtures");

    /// <summary>The folder of one fixture.</summary>
    public static string Fixture(string name) => Path.Combine(FixturesRoot, name);

    /// <summary>Every fixture's name (each folder of tests/fixtures, dot-folders excepted), sorted ordinally.</summary>
    public static IReadOnlyList<string> FixtureNames() =>
        Directory.EnumerateDirectories(FixturesRoot)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

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
