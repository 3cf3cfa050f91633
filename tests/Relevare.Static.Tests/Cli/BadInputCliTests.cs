using System.Text;
using System.Text.RegularExpressions;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Cli;

/// <summary>
/// Every fixture whose expected diagnostics hold an error, run through <c>relevare build</c> over a site that was
/// built successfully before: the exit code, the diagnostics on stderr, and the previous site left as it was.
/// </summary>
public sealed partial class BadInputCliTests
{
    private const string GoodFixture = "basic-site-renders-pretty-urls";

    public static TheoryData<string> ErrorFixtures() => new(ErrorFixtureNames());

    [Fact]
    public void The_bad_input_fixtures_are_found()
    {
        var names = ErrorFixtureNames();
        Assert.Contains("site-yml-unknown-key", names);
        Assert.Contains("unknown-field", names);
        Assert.DoesNotContain("html-in-markdown-is-escaped-with-a-warning", names);
    }

    [Theory]
    [MemberData(nameof(ErrorFixtures))]
    public void Bad_input_fails_prints_the_diagnostics_and_leaves_the_previous_site_untouched(string fixture)
    {
        using var site = TempSite.FromFixture(GoodFixture);
        var good = CliRunner.Run("build", "--source", site.Root);
        Assert.True(good.ExitCode == 0, good.ToString());
        var before = FolderSnapshot.Take(site.Output);
        var entriesBefore = Entries(site.Root);

        site.ReplaceSourcesWith(RepositoryPaths.Fixture(fixture));
        var run = CliRunner.Run("build", "--source", site.Root);

        var expected = ExpectedDiagnostics(fixture);
        // Configuration problems (site.yml, RS01xx) exit with 2, content problems with 1 (design.md, section 3).
        var expectedExit = ErrorLines(expected).Any(line => line.Contains(": error RS01", StringComparison.Ordinal)) ? 2 : 1;
        Assert.True(run.ExitCode == expectedExit, run.ToString());
        Assert.Equal(expected, run.Error);
        Assert.All(ErrorLines(run.Error), line => Assert.Matches(DiagnosticLine(), line));
        Assert.StartsWith("Build failed: ", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.Equal(entriesBefore, Entries(site.Root));
    }

    [Fact]
    public void Site_yml_problems_exit_with_2()
    {
        using var site = TempSite.FromFixture("site-yml-unknown-key");

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("site.yml:2:1: error RS0103: unknown setting 'languge' in site.yml\n", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void GitHub_Actions_mode_prints_workflow_annotations()
    {
        using var site = TempSite.FromFixture("unknown-field");

        var run = CliRunner.Run(githubActions: true, "build", "--source", site.Root);

        // GitHub reads workflow commands from standard output; the summary line follows them there.
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith(
            "::error file=content/index.md,line=3,col=1,title=RS0203::unknown field 'descripton' for content type 'page'%0Ahint: did you mean 'description'?\n",
            run.Out);
        Assert.Equal("", run.Error);
    }

    private static List<string> ErrorFixtureNames() =>
        [.. RepositoryPaths.FixtureNames().Where(name => ErrorLines(ExpectedDiagnostics(name)).Any())];

    private static string ExpectedDiagnostics(string fixture)
    {
        var path = Path.Combine(RepositoryPaths.Fixture(fixture), "expected-diagnostics.txt");
        return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : "";
    }

    private static IEnumerable<string> ErrorLines(string diagnostics) =>
        diagnostics.Split('\n').Where(line => line.Contains(": error RS", StringComparison.Ordinal));

    // The source folder's top-level entries: a failed build leaves no staging or backup folder behind.
    private static List<string> Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"^[^\s:]+:[0-9]+:[0-9]+: error RS[0-9]{4}: \S.*$")]
    private static partial Regex DiagnosticLine();
}
