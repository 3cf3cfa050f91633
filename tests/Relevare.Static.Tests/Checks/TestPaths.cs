using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Checks;

/// <summary>Folders of the checker's test sites, under the repository root (<see cref="RepositoryPaths"/>).</summary>
internal static class TestPaths
{
    public static string RepositoryRoot => RepositoryPaths.RepositoryRoot;

    public static string ChecksSites => Path.Combine(RepositoryRoot, "tests", "Relevare.Static.Tests", "Checks", "Sites");
}
