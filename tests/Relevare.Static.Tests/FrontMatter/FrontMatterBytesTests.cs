using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;

namespace Relevare.Static.Tests.FrontMatter;

/// <summary>
/// A page's file cut on its bytes (the body left as the file's UTF-8) must give what decoding it and cutting the text
/// gives: the same front matter, lines, body and findings, for every file; only files the text way reads without a
/// finding may take the byte way.
/// </summary>
public sealed class FrontMatterBytesTests
{
    private const string Path = "content/a.md";

    // Pieces that exercise every rule of the two ways: fences with trailing white space (ASCII and not), the '...'
    // end, byte order marks, carriage returns, controls (C0, DEL, C1, U+2028), invalid UTF-8, non-ASCII text.
    private static readonly byte[][] Pieces =
    [
        .. new[]
        {
            "---", "---", "---", "...", "--- ", "---\t", "---\u00A0", "...\u3000", "-- -", "title: A", "tags: [a, b]",
            "description: \"x: y\"", "body text ", "ñandú é", "----", "## Heading", "FILL-IN", " ", "\t", "\n", "\r\n", "\r",
            "\u0000", "\u0007", "\u000B", "\u001F", "\u007F", "\u0085", "\u009F", "\u2028", "\u2029", "\uFEFF", "\u00A0", "€", "😀",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC2], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
    ];

    // The first pieces: fences and plain text.
    private const int CommonPieces = 14;

    public static TheoryData<string> Files =>
    [
        "---\ntitle: A\n---\nBody\n",
        "\uFEFF---\ntitle: A\n---\nBody",
        "---\ntitle: A\n...\n",
        "---\n---\n",
        "---\n---",
        "---",
        "",
        "---  \ntitle: ñ\n---\t \n\nBody é\n",
        "---\ntitle: A\n---\u00A0\nBody",
        "---\u2000\ntitle: A\n---\nBody",
        "---\ntitle: A\nno end\n",
        "title: A\n---\nBody",
        "---\r\ntitle: A\r\n---\r\nBody\r\n",
        "---\ntitle: A\n---\nBody with \u0085 in it",
        "---\ntitle: A\n---\nBody with \u2028 in it",
        "---\ntitle: \"\u0001\"\n---\nBody",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_is_cut_on_its_bytes_as_its_text_is_cut(string file) =>
        AssertSame(Encoding.UTF8.GetBytes(file));

    [Fact]
    public void Common_page_files_take_the_byte_way()
    {
        Assert.NotNull(FrontMatterBytes.TrySplit(Encoding.UTF8.GetBytes("---\ntitle: \"Migraña\"\ntags:\n  - a\n---\n\nBody é 😀\n")));
        Assert.NotNull(FrontMatterBytes.TrySplit(Encoding.UTF8.GetBytes("\uFEFF---\ntitle: A\n...\nBody")));
        Assert.Null(FrontMatterBytes.TrySplit(Encoding.UTF8.GetBytes("---\r\ntitle: A\r\n---\r\nBody")));
        Assert.Null(FrontMatterBytes.TrySplit(Encoding.UTF8.GetBytes("---\ntitle: A\n---\nBody \u0085")));
        Assert.Null(FrontMatterBytes.TrySplit([.. Encoding.UTF8.GetBytes("---\ntitle: A\n---\n"), 0xC0, 0xAF]));
    }

    [Fact]
    public void Random_files_are_cut_on_their_bytes_as_their_text_is_cut()
    {
        var random = new Random(16);
        var byteWay = 0;
        for (var i = 0; i < 20_000; i++)
        {
            // Lines of one or two pieces, mostly fences and text (so that many front matters close), sometimes any piece.
            var file = new List<byte>();
            if (random.Next(2) == 0)
            {
                file.AddRange("---\n"u8);
            }

            var lines = random.Next(0, 8);
            for (var j = 0; j < lines; j++)
            {
                var pieces = random.Next(1, 3);
                for (var k = 0; k < pieces; k++)
                {
                    file.AddRange(random.Next(5) == 0 ? Pieces[random.Next(Pieces.Length)] : Pieces[random.Next(CommonPieces)]);
                }

                if (random.Next(8) != 0)
                {
                    file.Add((byte)'\n');
                }
            }

            var bytes = file.ToArray();
            byteWay += FrontMatterBytes.TrySplit(bytes) is null ? 0 : 1;
            AssertSame(bytes);
        }

        Assert.True(byteWay > 1000, $"only {byteWay} of 20000 random files took the byte way");
    }

    private static void AssertSame(byte[] bytes)
    {
        var expectedDiagnostics = new List<Diagnostic>();
        var text = SourceText.Decode(Path, bytes, expectedDiagnostics);
        var expected = text is null ? null : FrontMatterSplitter.Split(Path, text, expectedDiagnostics);

        var diagnostics = new List<Diagnostic>();
        var split = FrontMatterBytes.Split(Path, bytes, diagnostics);

        var shown = Convert.ToHexString(bytes);
        Assert.True(expectedDiagnostics.SequenceEqual(diagnostics), $"{shown}: findings differ");
        Assert.True((expected is null) == (split is null), $"{shown}: one way cut the file, the other did not");
        if (expected is not null && split is not null)
        {
            Assert.True(expected.Yaml == split.Yaml, $"{shown}: front matter differs");
            Assert.True(expected.YamlFirstLine == split.YamlFirstLine && expected.BodyFirstLine == split.BodyFirstLine, $"{shown}: lines differ");
            Assert.True(expected.Body == split.Body, $"{shown}: body differs");
            var page = new Relevare.Static.Site.SourcePage(Path, "", null!, split);
            Assert.True(Encoding.UTF8.GetBytes(expected.Body).AsSpan().SequenceEqual(page.Utf8Body.Span), $"{shown}: the page's UTF-8 body differs");
        }
    }
}
