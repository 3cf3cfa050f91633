namespace Relevare.Static.Tests.Checks;

/// <summary>Folders of the repository, found from the test's output folder (no copying into bin/ needed).</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ChecksSites => Path.Combine(RepositoryRoot, "tests", "Relevare.Static.Tests", "Checks", "Sites");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Relevare.Static.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (with Relevare.Static.sln) was not found above " + AppContext.BaseDirectory);
    }
}
