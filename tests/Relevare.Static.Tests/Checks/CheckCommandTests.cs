using System.Text.Json;
using System.Text.RegularExpressions;

namespace Relevare.Static.Tests.Checks;

public sealed partial class CheckCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("relevare-check-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_one_of_each_problem_fixture_gives_exactly_the_expected_findings_and_exit_1()
    {
        var fixture = Path.Combine(TestPaths.ChecksSites, "one-of-each-problem");
        var site = Path.Combine(fixture, "site");

        var (exit, _, error) = CliRunner.Run("check", "--site", site);

        var prefix = site.Replace('\\', '/') + "/";
        var found = error.Split('\n')
            .Select(line => Finding().Match(line))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups["location"].Value.Replace(prefix, "", StringComparison.Ordinal)} {m.Groups["severity"].Value} {m.Groups["code"].Value}")
            .ToList();
        var expected = File.ReadAllLines(Path.Combine(fixture, "expected-findings.txt")).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, found);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void The_fixture_covers_every_offline_check()
    {
        var expected = File.ReadAllText(Path.Combine(TestPaths.ChecksSites, "one-of-each-problem", "expected-findings.txt"));
        foreach (var code in Relevare.Static.Configuration.CheckRules.All.Keys.Where(c => c != "RS0740"))
        {
            Assert.Contains(code, expected, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_clean_folder_exits_0_and_says_so()
    {
        File.WriteAllText(Path.Combine(_temp, "index.html"), CheckHarness.Page("<p>Fine.</p>"));
        var (exit, output, error) = CliRunner.Run("check", "--site", _temp);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal("Checked 1 page: 0 errors, 0 warnings\n", output);
    }

    [Fact]
    public void Findings_become_github_annotations_on_github_actions()
    {
        File.WriteAllText(Path.Combine(_temp, "index.html"), CheckHarness.Page("<a href=\"/nope/\">Nope</a>"));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var (exit, _, error) = CliRunner.Run(new Relevare.Static.Cli.CliEnvironment(stdout, stderr, GitHubActions: true), "check", "--site", _temp);
        Assert.Equal(1, exit);
        Assert.StartsWith("::error file=", error, StringComparison.Ordinal);
        Assert.Contains("index.html,line=7,col=1,title=RS0701::the link '/nope/' leads nowhere", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_exit_0_unless_strict()
    {
        File.WriteAllText(Path.Combine(_temp, "index.html"), CheckHarness.Page("<p><a href=\"http://example.org/\">Example</a></p>"));
        Assert.Equal(0, CliRunner.Run("check", "--site", _temp).Exit);
        Assert.Equal(1, CliRunner.Run("check", "--site", _temp, "--strict").Exit);
    }

    [Fact]
    public void A_missing_folder_or_option_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("check", "--site", Path.Combine(_temp, "missing")).Exit);
        Assert.Equal(2, CliRunner.Run("check").Exit);
        Assert.Equal(2, CliRunner.Run("check", "--site", _temp, "--concurrency", "0").Exit);
    }

    [Fact]
    public void Config_levels_and_base_url_apply_and_a_bad_config_exits_2()
    {
        File.WriteAllText(Path.Combine(_temp, "index.html"), CheckHarness.Page(
            "<a href=\"https://www.example.org/nope/\">Gone</a> <a href=\"http://example.org/\">Plain</a>"));
        var config = Path.Combine(_temp, "site.yml");
        File.WriteAllText(config, "title: T\nbase_url: https://www.example.org/\nclinic: { name: C }\nsections: { \"\": page }\ncontent_types: { page: { template: page } }\nchecks: { RS0725: off }\n");

        var (exit, _, error) = CliRunner.Run("check", "--site", _temp, "--config", config);
        Assert.Equal(1, exit);
        Assert.Contains("error RS0701", error, StringComparison.Ordinal);
        Assert.DoesNotContain("RS0725", error, StringComparison.Ordinal);

        File.WriteAllText(config, File.ReadAllText(config).Replace("RS0725: off", "RS0725: never", StringComparison.Ordinal));
        var bad = CliRunner.Run("check", "--site", _temp, "--config", config);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("RS0104", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_lists_findings_with_paths_as_given()
    {
        File.WriteAllText(Path.Combine(_temp, "index.html"), CheckHarness.Page("<a href=\"/nope/\">Nope</a>"));
        var (exit, output, _) = CliRunner.Run("check", "--site", _temp, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(1, exit);
        Assert.False(json.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal("RS0701", finding.GetProperty("code").GetString());
        Assert.Equal(_temp.Replace('\\', '/') + "/index.html", finding.GetProperty("path").GetString());
        Assert.Equal(7, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public void The_clinic_site_builds_and_checks_clean()
    {
        var output = Path.Combine(_temp, "site");
        var build = CliRunner.Run("build", "--source", TestPaths.RepositoryRoot, "--output", output);
        Assert.True(build.Exit == 0, build.Error);
        Assert.Equal(Governance.ClinicPlaceholders.Expected, Governance.ClinicPlaceholders.Printed(build.Error));

        var check = CliRunner.Run("check", "--site", output, "--config", Path.Combine(TestPaths.RepositoryRoot, "site.yml"));
        Assert.True(check.Exit == 0, check.Error);
        Assert.Equal("", check.Error);
    }

    [Fact]
    public void A_build_whose_output_has_a_broken_fragment_fails_and_leaves_the_previous_site_untouched()
    {
        var source = Path.Combine(_temp, "src");
        CopyFolder(TestPaths.RepositoryRoot, source, "site.yml", "content", "templates", "assets");
        var output = Path.Combine(_temp, "out");
        Assert.Equal(0, CliRunner.Run("build", "--source", source, "--output", output).Exit);
        var before = Snapshot(output);

        var page = Path.Combine(source, "content", "about.md");
        File.AppendAllText(page, "\nSee [what the research says](conditions/migraine.md#what-research-says).\n");
        var lines = File.ReadAllLines(page).Length;
        var (exit, _, error) = CliRunner.Run("build", "--source", source, "--output", output);

        Assert.Equal(1, exit);
        Assert.Contains($"\ncontent/about.md:{lines}:5: error RS0702:", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), l => l.Contains(": error RS", StringComparison.Ordinal));
        Assert.Contains("did you mean '#what-the-research-says'?", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(output));
    }

    private static void CopyFolder(string from, string to, params string[] names)
    {
        foreach (var name in names)
        {
            var path = Path.Combine(from, name);
            if (File.Exists(path))
            {
                Directory.CreateDirectory(to);
                File.Copy(path, Path.Combine(to, name));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<location>\S+:\d+:\d+): (?<severity>error|warning) (?<code>RS\d{4}):")]
    private static partial Regex Finding();
}
