namespace Relevare.Static.Tests.Checks;

/// <summary>The options of <c>relevare check</c> that choose what is checked, run through the real command line.</summary>
public sealed class CheckScopeCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("relevare-check-scope-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private void Write(string path, string content)
    {
        var full = Path.Combine(_temp, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    [Fact]
    public void Only_and_skip_choose_the_checks_by_code_or_group()
    {
        Write("index.html", CheckHarness.Page("<a href=\"/nope/\">click here</a> <img src=\"/logo.png\">").Replace("<!doctype html>\n", "", StringComparison.Ordinal));
        Write("logo.png", "");

        var (exit, output, error) = CliRunner.Run("check", "--site", _temp, "--only", "links,images", "--skip", "RS0706");

        Assert.Equal(1, exit);
        Assert.Contains("error RS0701", error, StringComparison.Ordinal);
        Assert.Contains("error RS0705", error, StringComparison.Ordinal);
        Assert.DoesNotContain("RS0706", error, StringComparison.Ordinal);
        Assert.DoesNotContain("RS0707", error, StringComparison.Ordinal);
        Assert.DoesNotContain("RS0716", error, StringComparison.Ordinal);
        Assert.Equal("Checked 1 page: 2 errors, 0 warnings in 1 file\n", output);
    }

    [Fact]
    public void Ignored_urls_and_folders_are_left_alone()
    {
        Write("index.html", CheckHarness.Page("<a href=\"/old/page.html\">Old</a> <a href=\"/drafts/\">Drafts</a> <a href=\"/vendor/\">Vendor</a>"));
        Write("vendor/index.html", "<p>not a checked page <a href=\"/nowhere/\">x</a></p>");

        var (exit, output, error) = CliRunner.Run(
            "check", "--site", _temp, "--ignore-url", "^/old/", "--ignore-internal-url", "/drafts/", "--ignore-dir", "^vendor/");

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Equal("Checked 2 pages: 0 errors, 0 warnings\n", output);
    }

    [Fact]
    public void Directory_index_and_page_extension_describe_how_the_folder_is_served()
    {
        Write("index.htm", CheckHarness.Page("<a href=\"/docs/\">Docs</a>"));
        Write("docs/index.htm", CheckHarness.Page("<a href=\"/\">Home</a>"));

        var (exit, output, _) = CliRunner.Run("check", "--site", _temp, "--directory-index", "index.htm", "--page-extension", "htm");

        Assert.Equal(0, exit);
        Assert.Equal("Checked 2 pages: 0 errors, 0 warnings\n", output);
    }

    [Theory]
    [InlineData("--only", "link", "did you mean 'links'?")]
    [InlineData("--skip", "RS07", "is neither a check code nor a group")]
    [InlineData("--ignore-url", "(unclosed", "is not a regular expression")]
    [InlineData("--ignore-dir", "[", "is not a regular expression")]
    [InlineData("--directory-index", "docs/index.html", "must be a file name")]
    public void Bad_values_are_usage_errors(string option, string value, string message)
    {
        Write("index.html", CheckHarness.Page("<p>x</p>"));
        var (exit, _, error) = CliRunner.Run("check", "--site", _temp, option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
