using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Images;

/// <summary>Hostile or broken images: each is reported at the Markdown line that shows it, and nothing is published.</summary>
public sealed class HostileImageTests
{
    private static Diagnostic Fails(string code, string imagePath, byte[] bytes, ISourceFileSystem? wrap = null)
    {
        var files = TestSite.Files($"-- content/about.md --\n---\ntitle: About\n---\nIntro.\n\n![What it shows]({imagePath[(imagePath.LastIndexOf('/') + 1)..]})\n");
        files[imagePath] = bytes;
        var result = SiteBuilder.Build(wrap ?? new InMemorySourceFileSystem(files), new BuildOptions());
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var diagnostic = result.Diagnostics.SingleWithCode(code);
        Assert.Equal(("content/about.md", 6, 1), (diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.False(string.IsNullOrEmpty(diagnostic.Hint));
        return diagnostic;
    }

    [Fact]
    public void A_png_claiming_30000_by_30000_pixels_is_refused_before_decoding()
    {
        var d = Fails(DiagnosticCodes.ImageTooManyPixels, "content/bomb.png", TestImages.PngHeaderOnly(30_000, 30_000));
        Assert.Contains("30000 × 30000", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tiny_jpeg_claiming_huge_dimensions_is_refused()
    {
        var d = Fails(DiagnosticCodes.ImageTooManyPixels, "content/bomb.jpg", TestImages.JpegHeaderOnly(60_000, 60_000));
        Assert.Contains("max_megapixels", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_jpeg_is_reported_as_damaged()
    {
        var whole = TestImages.Jpeg(800, 600);
        var d = Fails(DiagnosticCodes.ImageUnreadable, "content/cut.jpg", whole[..(whole.Length / 2)]);
        Assert.Contains("damaged", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jpg_that_is_a_png_is_reported_as_mislabelled()
    {
        var d = Fails(DiagnosticCodes.ImageMislabelled, "content/photo.jpg", TestImages.Png(10, 10));
        Assert.Contains("a PNG image", d.Message, StringComparison.Ordinal);
        Assert.Contains(".png", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jpg_that_is_an_html_page_is_not_an_image()
    {
        var d = Fails(DiagnosticCodes.ImageUnreadable, "content/photo.jpg", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"));
        Assert.Contains("an HTML page", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><script>alert(1)</script></svg>", "<script>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><foreignObject><p>hi</p></foreignObject></svg>", "foreignObject")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\"><image xlink:href=\"https://tracker.example/p.png\"/></svg>", "tracker.example")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" onload=\"alert(1)\"/>", "onload")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><style>@import url(https://x.example/a.css);</style></svg>", "imports")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect fill=\"url(https://x.example/#p)\"/></svg>", "x.example")]
    public void An_unsafe_svg_is_refused(string svg, string named)
    {
        var d = Fails(DiagnosticCodes.ImageSvgUnsafe, "content/diagram.svg", Encoding.UTF8.GetBytes(svg));
        Assert.Contains(named, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_with_a_dtd_is_refused_without_expanding_entities()
    {
        var svg = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><text>&b;</text></svg>";
        Fails(DiagnosticCodes.ImageUnreadable, "content/laughs.svg", Encoding.UTF8.GetBytes(svg));
    }

    [Fact]
    public void An_svg_without_a_size_is_reported()
    {
        Fails(DiagnosticCodes.ImageSvgWithoutSize, "content/nosize.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"5\" height=\"5\"/></svg>"));
    }

    [Fact]
    public void A_100_mb_image_is_refused_without_being_read()
    {
        var files = TestSite.Files("-- content/about.md --\n---\ntitle: About\n---\nIntro.\n\n![What it shows](huge.jpg)\n");
        var source = new HugeFileSource(new InMemorySourceFileSystem(files), "content/huge.jpg", 100L * 1024 * 1024);

        var result = SiteBuilder.Build(source, new BuildOptions());

        var d = result.Diagnostics.SingleWithCode(DiagnosticCodes.ImageFileTooLarge);
        Assert.Equal(("content/about.md", 6), (d.Path, d.Line));
        Assert.Contains("100 MB", d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_missing_image_is_reported_at_its_line()
    {
        var result = TestSite.Build("-- content/about.md --\n---\ntitle: About\n---\n![A room](/assets/images/nowhere.jpg)\n");

        var d = result.Diagnostics.SingleWithCode(DiagnosticCodes.ImageNotFound);
        Assert.Equal(("content/about.md", 4, 1), (d.Path, d.Line, d.Column));
    }

    [Fact]
    public void An_image_path_leading_out_of_content_is_reported()
    {
        var result = TestSite.Build("-- content/about.md --\n---\ntitle: About\n---\n![A room](../../etc/photo.jpg)\n");

        var d = result.Diagnostics.SingleWithCode(DiagnosticCodes.ImageNotInContent);
        Assert.Equal(("content/about.md", 4), (d.Path, d.Line));
    }

    [Fact]
    public void Each_page_showing_a_broken_image_gets_the_error()
    {
        var files = TestSite.Files("-- content/a.md --\n---\ntitle: A\n---\n![x](/assets/images/bad.png)\n-- content/b.md --\n---\ntitle: B\n---\n\n![y](/assets/images/bad.png)\n");
        files["assets/images/bad.png"] = TestImages.PngHeaderOnly(100_000, 100_000);

        var result = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions());

        Assert.Equal([("content/a.md", 4), ("content/b.md", 5)], result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ImageTooManyPixels).Select(d => (d.Path, d.Line)).Order());
    }

    /// <summary>A source where one file is huge: its length is known, and reading it fails the test.</summary>
    private sealed class HugeFileSource(InMemorySourceFileSystem inner, string hugePath, long length) : ISourceFileSystem
    {
        public IReadOnlyList<string> EnumerateFiles(string directory) =>
            hugePath.StartsWith(directory + "/", StringComparison.Ordinal) ? [.. inner.EnumerateFiles(directory).Append(hugePath).Order(StringComparer.Ordinal)] : inner.EnumerateFiles(directory);

        public bool FileExists(string path) => path == hugePath || inner.FileExists(path);

        public byte[] ReadAllBytes(string path) => path == hugePath ? throw new InvalidOperationException("the huge file was read") : inner.ReadAllBytes(path);

        public long? FileLength(string path) => path == hugePath ? length : inner.ReadAllBytes(path).Length;
    }
}
