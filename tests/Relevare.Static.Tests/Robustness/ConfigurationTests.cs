using System.Text;
using Relevare.Static.Diagnostics;
using Relevare.Static.Tests.Cli;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Robustness;

/// <summary>A missing, empty or malformed site.yml stops the build with a diagnostic and exit code 2, never a crash.</summary>
public sealed class ConfigurationTests
{
    private const string Fixture = "hostile-front-matter-without-body";

    private static readonly string GoodSiteYml = File.ReadAllText(Path.Combine(RepositoryPaths.Fixture(Fixture), "site.yml"));

    [Fact]
    public void Missing_site_yml_is_reported_and_nothing_else_is_checked()
    {
        using var site = TempSite.FromFixture(Fixture);
        File.Delete(site.PathOf("site.yml"));

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("site.yml:1:1: error RS0101: no site.yml in the source folder\n", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("", "RS0105")]
    [InlineData("# only a comment\n", "RS0105")]
    [InlineData("just text\n", "RS0104")]
    [InlineData("[1, 2]\n", "RS0104")]
    [InlineData("title: a\n---\ntitle: b\n", "RS0104")]
    [InlineData("title: !!binary aGVsbG8=\n", "RS0104")]
    [InlineData("title: \"unclosed\n", "RS0102")]
    [InlineData("title: a\ntitle: b\n", "RS0104")]
    [InlineData("title: a\n\tbase_url: https://x.example/\n", "RS0102")]
    public void Malformed_site_yml_is_a_configuration_error(string siteYml, string code)
    {
        var result = Build(siteYml);

        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == code && d.Path == "site.yml");
        Assert.All(result.Diagnostics, d => Assert.StartsWith("RS01", d.Code, StringComparison.Ordinal));
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData("color: blue")]
    [InlineData("markdown:\n  allow_html: true\n  allow_scripts: true")]
    [InlineData("content_types:\n  page:\n    template: page\n    fields:\n      title: { required: true, requird: true }")]
    public void Unknown_settings_are_errors_at_their_line(string extra)
    {
        var yml = extra.StartsWith("content_types", StringComparison.Ordinal)
            ? GoodSiteYml[..GoodSiteYml.IndexOf("content_types:", StringComparison.Ordinal)] + extra + "\n"
            : GoodSiteYml + extra + "\n";

        var result = Build(yml);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ConfigUnknownKey, diagnostic.Code);
    }

    [Theory]
    [InlineData("www.fixture.example")]
    [InlineData("/relative/")]
    [InlineData("//fixture.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("file:///etc/")]
    [InlineData("ftp://fixture.example/")]
    [InlineData("https://fixture.example/?q=1")]
    [InlineData("https://fixture.example/#top")]
    [InlineData("https://")]
    public void Base_url_that_is_not_an_absolute_http_url_is_refused(string baseUrl)
    {
        var result = Build(GoodSiteYml.Replace("https://fixture.test/", $"\"{baseUrl}\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ConfigInvalidValue, "site.yml:2:11"), (diagnostic.Code, diagnostic.Location));
    }

    [Fact]
    public void Invalid_utf8_in_site_yml_is_reported_with_its_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes(GoodSiteYml.Replace("Fixture Clinic", "Caf_ Clinic", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'_')] = 0xE9;

        var result = InMemorySite.Build(Files(), [("site.yml", bytes)]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidUtf8, "site.yml:1:11"), (diagnostic.Code, diagnostic.Location));
    }

    private static BuildResult Build(string siteYml) => InMemorySite.Build(Files(), [("site.yml", Encoding.UTF8.GetBytes(siteYml))]);

    private static Dictionary<string, byte[]> Files()
    {
        var root = RepositoryPaths.Fixture(Fixture);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("expected", StringComparison.Ordinal))
            .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(root, p)), StringComparer.Ordinal);
    }
}
