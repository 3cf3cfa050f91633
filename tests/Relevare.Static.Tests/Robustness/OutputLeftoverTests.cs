using Relevare.Static.Cli;
using Relevare.Static.Output;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// A build killed mid-write or mid-swap (kill -9, a power cut) leaves a staging folder or the previous site
/// (<c>.NAME.staging-TOKEN</c>, <c>.NAME.old-TOKEN</c>) beside the output. The next build removes them and says so —
/// only folders with exactly such a name that carry relevare's marker (or are empty): never anything else. The
/// states a kill leaves are made here directly, so no test depends on when a process happens to be killed.
/// </summary>
public sealed class OutputLeftoverTests
{
    private const string Fixture = "basic-site-renders-pretty-urls";

    [Fact]
    public void Leftovers_of_an_interrupted_build_are_removed_and_reported_and_nothing_else_is_touched()
    {
        using var site = TempSite.FromFixture(Fixture);
        var staging = Leftover(site, "._site.staging-0123abcd", marked: true, "guides/first-visit/index.html");
        var old = Leftover(site, "._site.old-89abcdef", marked: true, "index.html", "about/index.html");
        var unmarkedEmpty = Leftover(site, "._site.staging-00000000", marked: false);
        var notOurs = Leftover(site, "._site.old-fedcba98", marked: false, "notes.txt");
        var otherName = Leftover(site, ".public.old-12345678", marked: true, "index.html");
        var otherToken = Leftover(site, "._site.old-backup", marked: true, "index.html");
        var longerToken = Leftover(site, "._site.old-0123456789", marked: true, "index.html");

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                $"Removed {old}, left by an interrupted build",
                $"Removed {unmarkedEmpty}, left by an interrupted build",
                $"Removed {staging}, left by an interrupted build",
            ],
            run.Out.Split('\n').Where(l => l.StartsWith("Removed ", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(old));
        Assert.False(Directory.Exists(unmarkedEmpty));
        Assert.True(File.Exists(Path.Combine(notOurs, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(otherName, "index.html")));
        Assert.True(File.Exists(Path.Combine(otherToken, "index.html")));
        Assert.True(File.Exists(Path.Combine(longerToken, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void A_build_without_leftovers_reports_none_and_json_lists_those_removed()
    {
        using var site = TempSite.FromFixture(Fixture);

        var clean = CliRunner.Run("build", "--source", site.Root);
        var old = Leftover(site, "._site.old-0badcafe", marked: true, "index.html");
        var json = CliRunner.Run("build", "--source", site.Root, "--format", "json");

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotContain("Removed", clean.Out, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.Equal([old], document.RootElement.GetProperty("removed_leftovers").EnumerateArray().Select(e => e.GetString()));
        Assert.False(Directory.Exists(old));
    }

    [Fact]
    public void Leftovers_beside_an_output_given_with_output_are_removed()
    {
        using var site = TempSite.FromFixture(Fixture);
        var output = site.PathOf("public/site");
        var old = Leftover(site, "public/.site.old-0badcafe", marked: true, "index.html");

        var run = CliRunner.Run("build", "--source", site.Root, "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Removed {old}, left by an interrupted build", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(old));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(site.PathOf("public")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Serve_with_output_removes_the_leftovers_beside_it()
    {
        using var site = TempSite.FromFixture(Fixture);
        var output = site.PathOf("public/site");
        var staging = Leftover(site, "public/.site.staging-0badcafe", marked: true, "index.html");
        var executable = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "relevare.exe" : "relevare");
        var start = new System.Diagnostics.ProcessStartInfo(executable, ["serve", "--source", site.Root, "--output", output, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var server = System.Diagnostics.Process.Start(start)!;
        var lines = new List<string>();
        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (await server.StandardOutput.ReadLineAsync(patience.Token) is { } line)
            {
                lines.Add(line);
                if (line.StartsWith("Serving http://", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        Assert.Contains($"Removed {staging}, left by an interrupted build", lines);
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_deletion_cut_short_leaves_the_marker_so_the_next_build_finishes_it()
    {
        using var site = TempSite.FromFixture(Fixture);
        var folder = Leftover(site, "._site.old-0badcafe", marked: true, "a/index.html", "b/index.html", "c.css", "z/index.html");

        // A folder that cannot be emptied stops the deletion part-way, as a kill would.
        using (ReadOnlyFolder.Make(Path.Combine(folder, "b")))
        {
            Assert.ThrowsAny<Exception>(() => OutputLeftovers.DeleteMarkerLast(folder));
        }

        Assert.True(File.Exists(Path.Combine(folder, OutputMarker.FileName)));
        Assert.Equal([folder], OutputLeftovers.Find(site.Root, "_site"));
        var run = CliRunner.Run("build", "--source", site.Root);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Removed {folder}, left by an interrupted build", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void The_writer_marks_its_staging_folder_before_writing_any_page()
    {
        using var site = TempSite.FromFixture(Fixture);
        var staging = site.PathOf("._site.staging-0badcafe");

        // What a build killed right after starting its write leaves: recognised as a leftover.
        SiteWriter.CreateStaging(staging);

        Assert.Equal([OutputMarker.FileName], Directory.EnumerateFileSystemEntries(staging).Select(Path.GetFileName));
        Assert.Equal([staging], OutputLeftovers.Find(site.Root, "_site"));
    }

    [Fact]
    public void A_failed_write_leaves_no_staging_folder()
    {
        using var site = TempSite.FromFixture(Fixture);
        var files = new List<OutputFile> { new("index.html", "<p>home</p>"u8.ToArray()), new("index.html/clash.html", "x"u8.ToArray()) };

        Assert.ThrowsAny<IOException>(() => SiteWriter.Write(site.Output, files));

        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_output_that_is_a_link_is_replaced_without_deleting_what_it_led_to()
    {
        using var site = TempSite.FromFixture(Fixture);
        var target = site.PathOf("elsewhere");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.html"), "previous");
        File.WriteAllText(Path.Combine(target, OutputMarker.FileName), "");
        var link = site.PathOf("published");
        Directory.CreateSymbolicLink(link, target);

        var run = CliRunner.Run("build", "--source", site.Root, "--output", link);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.True(File.Exists(Path.Combine(link, "about", "index.html")));
    }

    private static string Leftover(TempSite site, string name, bool marked, params string[] files)
    {
        var folder = site.PathOf(name);
        Directory.CreateDirectory(folder);
        if (marked)
        {
            File.WriteAllText(Path.Combine(folder, OutputMarker.FileName), "");
        }

        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.WriteAllText(Path.Combine(folder, file), "stale");
        }

        return folder;
    }
}
