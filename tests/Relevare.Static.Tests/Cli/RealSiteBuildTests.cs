using System.Text.RegularExpressions;

namespace Relevare.Static.Tests.Cli;

/// <summary>
/// <c>relevare build</c> on a copy of the clinic's real site at the repository root. The date is pinned so that
/// the tests do not start failing when the pages' reviews fall due (that is for the site build to report).
/// </summary>
public sealed partial class RealSiteBuildTests
{
    private const string Today = "2026-11-25";

    [Fact]
    public void Build_of_the_real_site_succeeds_without_errors_and_warns_only_of_the_clinic_placeholders()
    {
        using var site = TempSite.FromRepository();

        var run = CliRunner.Run("build", "--source", site.Root, "--today", Today);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Governance.ClinicPlaceholders.Expected, Governance.ClinicPlaceholders.Printed(run.Error));
        var summary = run.Out.Split('\n')[0];
        Assert.Matches(Summary(), summary);
        Assert.EndsWith($"— 0 errors, {Governance.ClinicPlaceholders.Expected.Count} warnings", summary, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "conditions", "migraine", "index.html")));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = TempSite.FromRepository();
        var first = site.PathOf("out-1");
        var second = site.PathOf("out-2");

        var firstRun = CliRunner.Run("build", "--source", site.Root, "--output", first, "--today", Today);
        var secondRun = CliRunner.Run("build", "--source", site.Root, "--output", second, "--today", Today);

        Assert.True(firstRun.ExitCode == 0, firstRun.ToString());
        Assert.True(secondRun.ExitCode == 0, secondRun.ToString());
        var firstTree = FolderSnapshot.Take(first);
        Assert.NotEmpty(firstTree);
        Assert.Equal(firstTree, FolderSnapshot.Take(second));
    }

    [GeneratedRegex(@"^Built [0-9]+ pages? in [0-9]+\.[0-9]{2} s — 0 errors, [0-9]+ warnings$")]
    private static partial Regex Summary();
}
