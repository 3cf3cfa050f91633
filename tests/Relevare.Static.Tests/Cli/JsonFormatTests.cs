using System.Text.Json;

namespace Relevare.Static.Tests.Cli;

/// <summary><c>relevare build --format json</c>: one JSON document on stdout for tools.</summary>
public sealed class JsonFormatTests
{
    [Fact]
    public void Json_format_reports_the_diagnostics_and_the_summary()
    {
        using var site = TempSite.FromFixture("unknown-field");

        var run = CliRunner.Run("build", "--source", site.Root, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.False(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal(1, root.GetProperty("exit_code").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(0, root.GetProperty("warnings").GetInt32());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("pages").ValueKind);
        Assert.True(root.GetProperty("seconds").GetDouble() >= 0);
        Assert.Equal(site.Output, root.GetProperty("output").GetString());
        Assert.StartsWith("Build failed: 1 error, 0 warnings", root.GetProperty("summary").GetString(), StringComparison.Ordinal);

        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("RS0203", diagnostic.GetProperty("code").GetString());
        Assert.Equal("content/index.md", diagnostic.GetProperty("path").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(1, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("unknown field 'descripton' for content type 'page'", diagnostic.GetProperty("message").GetString());
        Assert.Equal("did you mean 'description'?", diagnostic.GetProperty("hint").GetString());
    }

    [Fact]
    public void Json_format_of_a_good_build_has_an_empty_diagnostics_array()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");

        var run = CliRunner.Run("build", "--source", site.Root, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.True(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal(0, root.GetProperty("exit_code").GetInt32());
        Assert.Equal(3, root.GetProperty("pages").GetInt32());
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Empty(root.GetProperty("diagnostics").EnumerateArray());
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }
}
