using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Site;

namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// Aliases to hidden paths (a segment starting with '.') are refused at the alias's own line: hosts and
/// <c>relevare serve</c> never serve them, and <c>/.relevare-output</c> would break the write of the whole site.
/// Nothing may be published at the output folder's marker.
/// </summary>
public sealed class HiddenPathAliasTests
{
    [Fact]
    public void Each_alias_to_a_hidden_path_is_refused_at_its_own_line_and_nothing_is_published()
    {
        var result = SiteBuilder.Build(
            new Relevare.Static.Cli.PhysicalSourceFileSystem(Fixtures.RepositoryPaths.Fixture("publishing-alias-to-a-hidden-path-is-refused-at-its-line")),
            new BuildOptions());

        Assert.Equal(
            [
                ("RS0809", "content/about.md:5:5", "/.relevare-output"),
                ("RS0809", "content/about.md:6:5", "/.well-known/change-password"),
                ("RS0809", "content/about.md:7:5", "/old/.hidden/page.html"),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Location, d.Message.Split('\'')[1])));
        Assert.All(result.Diagnostics, d =>
        {
            Assert.True(d.IsError);
            Assert.Contains("starts with '.'", d.Message, StringComparison.Ordinal);
            Assert.Contains("remove the alias", d.Hint, StringComparison.Ordinal);
        });
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData("/.relevare-output", ".relevare-output")]
    [InlineData("/.relevare-output/", ".relevare-output")]
    [InlineData("/.Relevare-Output/index.html", ".Relevare-Output")]
    [InlineData("/.well-known/security.txt", ".well-known")]
    [InlineData("/guides/.git/", ".git")]
    [InlineData("/a/..b", "..b")]
    public void An_alias_with_a_dot_segment_names_the_segment_and_its_value_position(string alias, string segment)
    {
        var result = TestSite.Build($"""
            -- content/index.md --
            ---
            title: Home
            aliases: [/home/, "{alias}"]
            ---
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.AliasToHiddenPath);
        Assert.Equal("content/index.md:3:19", diagnostic.Location);
        Assert.Contains($"('{segment}' starts with '.')", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData("/./a/")]
    [InlineData("/a/../b/")]
    public void Dot_and_dot_dot_segments_stay_invalid_aliases(string alias)
    {
        var result = TestSite.Build($"""
            -- content/index.md --
            ---
            title: Home
            aliases: ["{alias}"]
            ---
            """);

        Assert.Equal(DiagnosticCodes.InvalidAlias, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void The_level_of_an_alias_to_a_hidden_path_cannot_be_relaxed()
    {
        var rule = DiagnosticLevels.Of(DiagnosticCodes.AliasToHiddenPath);

        Assert.Equal((CheckLevel.Error, false), (rule.Default, rule.IsConfigurable));
    }

    [Theory]
    [InlineData(".relevare-output")]
    [InlineData(".Relevare-Output")]
    public void A_file_at_the_output_marker_path_collides_with_the_marker(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var config = SiteConfigLoader.Load(TestSite.Defaults["site.yml"], diagnostics)!;

        new SiteModelBuilder(config, includeDrafts: false).Build([], [], [path, "robots.txt"], diagnostics);

        var collision = diagnostics.SingleWithCode(DiagnosticCodes.UrlCollision);
        Assert.Equal($"{path}:1:1", collision.Location);
        Assert.Contains("relevare's marker of the output folder (.relevare-output)", collision.Message, StringComparison.Ordinal);
    }
}
