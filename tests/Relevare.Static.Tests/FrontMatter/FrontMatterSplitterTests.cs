using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;

namespace Relevare.Static.Tests.FrontMatter;

public sealed class FrontMatterSplitterTests
{
    private const string Path = "content/a.md";

    private static (FrontMatterSplit? Split, List<Diagnostic> Diagnostics) Split(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (FrontMatterSplitter.Split(Path, text, diagnostics), diagnostics);
    }

    [Fact]
    public void Split_front_matter_and_body_start_on_the_right_lines()
    {
        var (split, diagnostics) = Split("---\ntitle: A\ndescription: D\n---\nFirst\n\nSecond\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("title: A\ndescription: D", split.Yaml);
        Assert.Equal(2, split.YamlFirstLine);
        Assert.Equal("First\n\nSecond\n", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
    }

    [Fact]
    public void Split_nothing_after_the_closing_fence_gives_an_empty_body()
    {
        var (split, diagnostics) = Split("---\ntitle: A\n---");

        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("", split.Body);
        Assert.Equal(4, split.BodyFirstLine);
    }

    [Fact]
    public void Split_a_later_thematic_break_stays_in_the_body()
    {
        var (split, _) = Split("---\ntitle: A\n---\nOne\n\n---\n\nTwo\n");

        Assert.NotNull(split);
        Assert.Equal("title: A", split.Yaml);
        Assert.Equal("One\n\n---\n\nTwo\n", split.Body);
    }

    [Theory]
    [InlineData("--- \ntitle: A\n---\t\nBody")]
    [InlineData("---\ntitle: A\n...\nBody")]
    public void Split_accepts_fences_with_trailing_blanks_and_the_yaml_end_marker(string text)
    {
        var (split, diagnostics) = Split(text);

        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("title: A", split.Yaml);
        Assert.Equal("Body", split.Body);
    }

    [Fact]
    public void Split_unterminated_front_matter_is_RS0201()
    {
        var (split, diagnostics) = Split("---\ntitle: A\n\nBody text\n");

        Assert.Null(split);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnterminated, diagnostic.Code);
        Assert.Equal("content/a.md:1:1", diagnostic.Location);
        Assert.Contains("never closed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# Just a heading\n\nBody\n")]
    public void Split_missing_front_matter_is_RS0213(string text)
    {
        var (split, diagnostics) = Split(text);

        Assert.Null(split);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, diagnostic.Code);
        Assert.Equal("content/a.md:1:1", diagnostic.Location);
        Assert.Equal("the file has no front matter", diagnostic.Message);
    }

    [Fact]
    public void Split_text_before_the_fence_names_the_line_of_the_fence()
    {
        var (split, diagnostics) = Split("\nIntro\n---\ntitle: A\n---\nBody\n");

        Assert.Null(split);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, diagnostic.Code);
        Assert.Contains("the first '---' is on line 3", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_front_matter_larger_than_the_cap_is_rejected()
    {
        var text = "---\ntitle: A\ndescription: " + new string('x', FrontMatterSplitter.MaxFrontMatterChars) + "\n---\nBody\n";

        var (split, diagnostics) = Split(text);

        Assert.Null(split);
        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Split_after_SourceText_handles_a_BOM_and_CRLF_line_endings()
    {
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: A\r\n---\r\nBody\r\nMore\r\n")).ToArray();
        var diagnostics = new List<Diagnostic>();

        var text = SourceText.Decode(Path, bytes, diagnostics);
        var split = FrontMatterSplitter.Split(Path, text!, diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("title: A", split.Yaml);
        Assert.Equal("Body\nMore\n", split.Body);
        Assert.Equal(4, split.BodyFirstLine);
    }

    [Fact]
    public void A_page_saved_with_a_BOM_and_CRLF_builds_and_reports_body_lines_correctly()
    {
        var files = TestSite.Files("");
        files["content/a.md"] = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("---\r\ntitle: A\r\n---\r\nIntro\r\n\r\nSee [x](missing.md).\r\n")];

        var result = TestSite.Build(files);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.LinkToMissingPage);
        Assert.Equal("content/a.md:6:5", diagnostic.Location);
        Assert.Single(result.Diagnostics);
    }
}
