using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Content;

public sealed class SourceTextTests
{
    private const string Path = "content/a.md";

    private static (string? Text, List<Diagnostic> Diagnostics) Decode(params byte[][] parts)
    {
        var diagnostics = new List<Diagnostic>();
        return (SourceText.Decode(Path, [.. parts.SelectMany(p => p)], diagnostics), diagnostics);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Decode_invalid_utf8_is_reported_with_byte_offset_line_and_column()
    {
        var (text, diagnostics) = Decode(Utf8("ab\ncd"), [0xFF], Utf8("ef\n"));

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, diagnostic.Code);
        Assert.Equal("content/a.md:2:3", diagnostic.Location);
        Assert.Equal("the file is not valid UTF-8 (byte offset 5)", diagnostic.Message);
    }

    [Fact]
    public void Decode_invalid_utf8_after_a_BOM_reports_the_offset_in_the_file()
    {
        var (text, diagnostics) = Decode(Encoding.UTF8.Preamble.ToArray(), Utf8("ab\n"), [0xE9], Utf8("t\n"));

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("content/a.md:2:1", diagnostic.Location);
        Assert.Equal("the file is not valid UTF-8 (byte offset 6)", diagnostic.Message);
    }

    [Fact]
    public void Decode_a_latin1_file_is_rejected_not_replaced()
    {
        var (text, diagnostics) = Decode(Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9\n---\n"));

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("content/a.md:2:11", diagnostic.Location);
        Assert.Contains("byte offset 14", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_a_truncated_sequence_at_the_end_is_reported()
    {
        var (text, diagnostics) = Decode(Utf8("ab"), [0xC3]);

        Assert.Null(text);
        Assert.Equal("the file is not valid UTF-8 (byte offset 2)", Assert.Single(diagnostics).Message);
    }

    [Theory]
    [InlineData("a\nb\0c", "content/a.md:2:2", "U+0000")]
    [InlineData("a\r\nb\r\n\u0007", "content/a.md:3:1", "U+0007")]
    [InlineData("title: x\u001b[31m", "content/a.md:1:9", "U+001B")]
    [InlineData("a\nb\u2028", "content/a.md:2:2", "U+2028")]
    [InlineData("\u007f", "content/a.md:1:1", "U+007F")]
    public void Decode_control_characters_are_reported_at_line_and_column(string source, string location, string character)
    {
        var (text, diagnostics) = Decode(Utf8(source));

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ControlCharacter, diagnostic.Code);
        Assert.Equal(location, diagnostic.Location);
        Assert.Equal($"invisible control character {character}", diagnostic.Message);
    }

    [Fact]
    public void Decode_tabs_are_allowed()
    {
        var (text, diagnostics) = Decode(Utf8("a\tb\n"));

        Assert.Empty(diagnostics);
        Assert.Equal("a\tb\n", text);
    }

    [Fact]
    public void Decode_drops_a_leading_BOM_only()
    {
        var (text, diagnostics) = Decode(Encoding.UTF8.Preamble.ToArray(), Utf8("a\uFEFFb"));

        Assert.Empty(diagnostics);
        Assert.Equal("a\uFEFFb", text);
    }

    [Fact]
    public void Decode_normalises_CRLF_and_lone_CR_to_LF()
    {
        var (text, diagnostics) = Decode(Utf8("a\r\nb\rc\n\r\n"));

        Assert.Empty(diagnostics);
        Assert.Equal("a\nb\nc\n\n", text);
    }

    [Fact]
    public void Decode_keeps_non_ascii_text()
    {
        var (text, _) = Decode(Utf8("Caf\u00e9 \u2014 \U0001F600"));

        Assert.Equal("Caf\u00e9 \u2014 \U0001F600", text);
    }

    [Fact]
    public void Build_reports_invalid_utf8_in_a_page_and_publishes_nothing()
    {
        var files = TestSite.Files("""
            -- content/b.md --
            ---
            title: B
            ---
            """);
        files["content/a.md"] = [.. Utf8("---\ntitle: Caf"), 0xE9, .. Utf8("\n---\n")];

        var result = TestSite.Build(files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, diagnostic.Code);
        Assert.Equal("content/a.md:2:11", diagnostic.Location);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Build_reports_invalid_utf8_in_site_yml()
    {
        var files = TestSite.Files("");
        files["site.yml"] = [.. Utf8("title: Caf"), 0xE9, .. Utf8("\n")];

        var result = TestSite.Build(files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, diagnostic.Code);
        Assert.Equal("site.yml:1:11", diagnostic.Location);
    }
}
