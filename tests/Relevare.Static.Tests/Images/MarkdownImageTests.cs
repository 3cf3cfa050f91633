using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html.Parser;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Images;
using SkiaSharp;

namespace Relevare.Static.Tests.Images;

public sealed class MarkdownImageTests
{
    private static Dictionary<string, byte[]> Site(string markdown, params (string Path, byte[] Bytes)[] images)
    {
        var files = TestSite.Files($"-- content/about.md --\n---\ntitle: About\n---\n{markdown}");
        foreach (var (path, bytes) in images)
        {
            files[path] = bytes;
        }

        return files;
    }

    private static BuildResult BuildOk(Dictionary<string, byte[]> files, IImageCache? cache = null)
    {
        var result = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions(), images: cache);
        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        return result;
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(BuildResult result) =>
        new HtmlParser().ParseDocument(result.Text("about/index.html"));

    private static byte[] FileAt(BuildResult result, string url) =>
        result.Files.Single(f => "/" + f.Path == url).Content.ToArray();

    [Fact]
    public void A_jpeg_next_to_the_page_gets_its_size_variants_and_a_webp_source()
    {
        var result = BuildOk(Site("![Our infusion room](room.jpg)\n", ("content/room.jpg", TestImages.Jpeg(2000, 1000))));

        var picture = Page(result).QuerySelector("picture")!;
        var img = picture.QuerySelector("img")!;
        Assert.Equal("1440", img.GetAttribute("width"));
        Assert.Equal("720", img.GetAttribute("height"));
        Assert.Equal("Our infusion room", img.GetAttribute("alt"));
        Assert.Null(img.GetAttribute("loading")); // the page's first image is not lazy
        Assert.Matches(@"^/img/room-1440w\.[0-9a-f]{10}\.jpg$", img.GetAttribute("src"));
        var srcset = img.GetAttribute("srcset")!.Split(", ");
        Assert.Equal(["480w", "960w", "1440w"], srcset.Select(s => s.Split(' ')[1]));
        var webp = picture.QuerySelector("source")!;
        Assert.Equal("image/webp", webp.GetAttribute("type"));
        Assert.Equal(ImageSettings.DefaultSizes, webp.GetAttribute("sizes"));
        foreach (var candidate in webp.GetAttribute("srcset")!.Split(", ").Concat(srcset))
        {
            var (url, width) = (candidate.Split(' ')[0], int.Parse(candidate.Split(' ')[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(width, TestImages.SizeOf(FileAt(result, url)).Width);
        }

        Assert.Equal(6, result.Files.Count(f => f.Path.StartsWith("img/", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.CheckImageSize);
    }

    [Fact]
    public void A_small_image_is_never_enlarged()
    {
        var result = BuildOk(Site("![A small diagram](small.png)\n", ("content/small.png", TestImages.Png(300, 200))));

        var img = Page(result).QuerySelector("img")!;
        Assert.Equal("300", img.GetAttribute("width"));
        Assert.Null(img.GetAttribute("srcset")); // one width only
        Assert.All(result.Files.Where(f => f.Path.StartsWith("img/", StringComparison.Ordinal)), f => Assert.Equal(300, TestImages.SizeOf(f.Content.ToArray()).Width));
    }

    [Fact]
    public void Every_image_but_the_first_is_lazy_and_a_titled_image_alone_is_a_figure()
    {
        var markdown = "![First](a.png)\n\n![Second](b.png \"The treatment room\")\n\nText with ![inline](a.png \"a tip\") inside.\n";
        var result = BuildOk(Site(markdown, ("content/a.png", TestImages.Png(100, 50)), ("content/b.png", TestImages.Png(120, 60))));

        var images = Page(result).QuerySelectorAll("img").ToList();
        Assert.Equal([null, "lazy", "lazy"], images.Select(i => i.GetAttribute("loading")));
        var figure = Page(result).QuerySelector("figure")!;
        Assert.Equal("The treatment room", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Second", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Null(figure.QuerySelector("img")!.GetAttribute("title"));
        Assert.Equal("a tip", images[2].GetAttribute("title"));
        Assert.Single(Page(result).QuerySelectorAll("figure"));
    }

    [Fact]
    public void An_image_marked_decorative_has_empty_alt_and_an_unmarked_empty_alt_is_reported()
    {
        var decorative = BuildOk(Site("![](wave.svg \"decorative\")\n", ("content/wave.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 8\"><path d=\"M0 4h64\"/></svg>"))));
        var img = Page(decorative).QuerySelector("img")!;
        Assert.Equal("", img.GetAttribute("alt"));
        Assert.Equal("true", img.GetAttribute("aria-hidden")); // not role=presentation: the Nu Html Checker refuses a role beside alt=""
        Assert.Null(Page(decorative).QuerySelector("figure"));

        var forgotten = SiteBuilder.Build(new InMemorySourceFileSystem(Site("![](wave.svg)\n", ("content/wave.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 8\"/>")))), new BuildOptions());
        var alt = forgotten.Diagnostics.SingleWithCode(DiagnosticCodes.CheckImageAlt);
        Assert.Equal(("content/about.md", 4), (alt.Path, alt.Line));
    }

    [Fact]
    public void An_svg_is_sized_from_its_viewbox_and_published_under_a_hashed_name()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"><rect width=\"640\" height=\"360\" fill=\"#0f4c5c\"/></svg>";
        var result = BuildOk(Site("![The clinic logo](/assets/images/logo.svg)\n", ("assets/images/logo.svg", Encoding.UTF8.GetBytes(svg))));

        var img = Page(result).QuerySelector("img")!;
        Assert.Equal(("640", "360"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Matches(@"^/img/assets/images/logo\.[0-9a-f]{10}\.svg$", img.GetAttribute("src"));
        Assert.Equal(svg, Encoding.UTF8.GetString(FileAt(result, img.GetAttribute("src")!)));
        Assert.Null(Page(result).QuerySelector("picture"));
    }

    [Fact]
    public void The_issue_example_of_a_favicon_in_markdown_now_passes_the_size_check()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"32\"><circle cx=\"16\" cy=\"16\" r=\"16\"/></svg>";
        var result = BuildOk(Site("![The clinic logo](/assets/favicon.svg)\n", ("assets/favicon.svg", Encoding.UTF8.GetBytes(svg))));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.CheckImageSize);
        Assert.Equal("32", Page(result).QuerySelector("img")!.GetAttribute("width"));
    }

    [Fact]
    public void Published_variants_are_upright_by_their_exif_orientation()
    {
        // Stored 200 × 100, left half red; orientation 6 means "turn 90° clockwise to view": red ends on top.
        var result = BuildOk(Site("![A turned photo](turned.jpg)\n", ("content/turned.jpg", TestImages.Jpeg(200, 100, orientation: 6))));

        var img = Page(result).QuerySelector("img")!;
        Assert.Equal(("100", "200"), (img.GetAttribute("width"), img.GetAttribute("height")));
        var published = FileAt(result, img.GetAttribute("src")!);
        Assert.Equal((100, 200), TestImages.SizeOf(published));
        Assert.True(IsRed(TestImages.PixelAt(published, 50, 20)), "the top should be red");
        Assert.True(IsBlue(TestImages.PixelAt(published, 50, 180)), "the bottom should be blue");
    }

    [Fact]
    public void Published_variants_carry_no_gps_position_or_names_and_the_source_did()
    {
        var source = TestImages.Jpeg(600, 400, orientation: 1, gps: true);
        Assert.True(ImageHeaderReader.Read(source)!.HasGps);
        Assert.True(Contains(source, TestImages.Artist));

        var result = BuildOk(Site("![Our reception](reception.jpg)\n", ("content/reception.jpg", source)));

        var variants = result.Files.Where(f => f.Path.StartsWith("img/", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, variants.Count); // 480 and 600 wide, JPEG and WebP
        Assert.All(variants, v =>
        {
            Assert.False(ImageHeaderReader.Read(v.Content.Span)!.HasGps);
            Assert.False(Contains(v.Content.ToArray(), TestImages.Artist));
            Assert.False(Contains(v.Content.ToArray(), "Exif\0\0"));
        });
    }

    [Fact]
    public void An_asset_published_as_it_is_with_a_gps_position_fails_the_build()
    {
        var files = Site("No images here.\n", ("assets/images/team.jpg", TestImages.Jpeg(64, 64, gps: true)));

        var result = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions());

        var gps = result.Diagnostics.SingleWithCode(DiagnosticCodes.ImagePublishedWithGps);
        Assert.Equal("assets/images/team.jpg", gps.Path);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_second_build_with_the_cache_encodes_nothing_and_gives_the_same_files()
    {
        var cache = new CountingCache();
        var files = Site("![One](one.jpg)\n\n![Two](two.png)\n", ("content/one.jpg", TestImages.Jpeg(1000, 500)), ("content/two.png", TestImages.Png(500, 500)));

        var cold = BuildOk(files, cache);
        var warm = BuildOk(files, cache);

        Assert.Equal(new ImageStatistics(Encoded: 10, Reused: 0), cold.Images); // one.jpg: 480, 960, 1000 × 2 formats; two.png: 480, 500 × 2
        Assert.Equal(new ImageStatistics(Encoded: 0, Reused: 10), warm.Images);
        Assert.Equal(10, cache.Writes);
        Assert.Equal(cold.Files.Select(f => (f.Path, Convert.ToHexString(f.Content.Span))), warm.Files.Select(f => (f.Path, Convert.ToHexString(f.Content.Span))));

        // A changed image is made again (and only it).
        files["content/two.png"] = TestImages.Png(500, 400);
        var changed = BuildOk(files, cache);
        Assert.Equal(new ImageStatistics(Encoded: 4, Reused: 6), changed.Images);
    }

    [Fact]
    public void Changing_the_widths_in_site_yml_changes_the_variants()
    {
        var files = Site("![One](one.jpg)\n", ("content/one.jpg", TestImages.Jpeg(1000, 500)));
        files["site.yml"] = Encoding.UTF8.GetBytes(TestSite.DefaultSiteYml + "images:\n  widths: [300, 600]\n  quality: 70\n");

        var result = BuildOk(files);

        var widths = Page(result).QuerySelector("img")!.GetAttribute("srcset")!.Split(", ").Select(s => s.Split(' ')[1]);
        Assert.Equal(["300w", "600w"], widths);
    }

    [Fact]
    public void A_page_with_images_shows_them_in_the_headers_file_as_cached_forever()
    {
        var files = Site("![One](one.png)\n", ("content/one.png", TestImages.Png(40, 40)));
        files["site.yml"] = Encoding.UTF8.GetBytes(TestSite.DefaultSiteYml + "publishing:\n");
        files["templates/layouts/404.html"] = Encoding.UTF8.GetBytes("<h1>{{ page.title }}</h1>");
        files["templates/layouts/search.html"] = Encoding.UTF8.GetBytes("<h1>{{ page.title }}</h1>");

        var result = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions());

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        Assert.Contains("/img/*\n  Cache-Control: public, max-age=31536000, immutable\n", Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "_headers").Content.Span), StringComparison.Ordinal);
    }

    private static bool IsRed(SKColor c) => c.Red > 200 && c.Blue < 60;

    private static bool IsBlue(SKColor c) => c.Blue > 200 && c.Red < 60;

    private static bool Contains(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    private sealed class CountingCache : IImageCache
    {
        private readonly ConcurrentDictionary<string, byte[]> _entries = new(StringComparer.Ordinal);
        private int _writes;

        public int Writes => _writes;

        public byte[]? Read(string key) => _entries.TryGetValue(key, out var bytes) ? bytes : null;

        public void Write(string key, byte[] content)
        {
            Interlocked.Increment(ref _writes);
            _entries[key] = content;
        }
    }
}
