using System.Text;
using System.Text.Json;
using Relevare.Static.Content;
using Relevare.Static.Reporting;
using Relevare.Static.Tests.Images;

namespace Relevare.Static.Tests.Medical;

/// <summary>The content-health report lists each page's pictures and what a patient downloads for them.</summary>
public sealed class ReportImagesTests
{
    private const string Diagram = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"><rect width=\"640\" height=\"360\" fill=\"#def\"/></svg>";

    private static BuildResult Build(string migraineBody, params (string Path, byte[] Bytes)[] images)
    {
        var text = MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2026-11-01\nreviewer: mallek", migraineBody));
        var files = text.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value), StringComparer.Ordinal);
        foreach (var (path, bytes) in images)
        {
            files[path] = bytes;
        }

        return SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions { Today = MedicalSite.Today });
    }

    private static long Size(BuildResult result, string prefix, Func<IEnumerable<long>, long> pick) =>
        pick(result.Files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(f => (long)f.Content.Length));

    [Fact]
    public void Each_page_lists_its_pictures_with_the_largest_file_and_all_files_and_a_page_total()
    {
        var result = Build(
            "Text.\n\n![A treatment room](room.jpg)\n\n![The infusion day, step by step](/assets/images/day.svg)\n\n![The room again](room.jpg)\n",
            ("content/conditions/room.jpg", TestImages.Jpeg(2000, 1500)),
            ("assets/images/day.svg", Encoding.UTF8.GetBytes(Diagram)));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = result.Health!.Pages.Single(p => p.Path == "content/conditions/migraine.md");
        var (roomLargest, roomTotal) = (Size(result, "img/conditions/room-", Enumerable.Max), Size(result, "img/conditions/room-", Enumerable.Sum));
        var svg = Size(result, "img/assets/images/day.", Enumerable.Sum);
        Assert.Equal(
            [new("content/conditions/room.jpg", 6, roomLargest, roomTotal), new("assets/images/day.svg", 1, svg, svg)],
            page.Images.ToArray());
        Assert.Equal(roomLargest + svg, page.ImageBytes);
        Assert.True(roomLargest < roomTotal && roomLargest > 0);
        Assert.Empty(result.Health.Pages.Single(p => p.Path == "content/about.md").Images);

        var report = ContentHealthReport.Render(result.Health, result.Diagnostics);
        var section = report.Html[report.Html.IndexOf("<h2 id=\"images-heading\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("<td><code>content/conditions/room.jpg</code></td><td class=\"num\">6</td><td class=\"num\">" + ReportImages.Bytes(roomLargest) + "</td><td class=\"num\">" + ReportImages.Bytes(roomTotal) + "</td>", section, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"images-total\"><td>Page total (2 pictures)</td><td class=\"num\">7</td><td class=\"num\">" + ReportImages.Bytes(roomLargest + svg) + "</td>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("content/about.md", section, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(report.Json);
        var migraine = json.RootElement.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("path").GetString() == "content/conditions/migraine.md");
        Assert.Equal(roomLargest + svg, migraine.GetProperty("image_bytes").GetInt64());
        var room = migraine.GetProperty("images")[0];
        Assert.Equal(("content/conditions/room.jpg", 6, roomLargest, roomTotal), (room.GetProperty("path").GetString(), room.GetProperty("files").GetInt32(), room.GetProperty("largest_bytes").GetInt64(), room.GetProperty("total_bytes").GetInt64()));
    }

    [Fact]
    public void A_site_without_pictures_says_so()
    {
        var result = Build("Text.\n");

        Assert.Contains("<p>No page shows a picture.</p>", ContentHealthReport.Render(result.Health!, result.Diagnostics).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_that_could_not_be_published_is_not_weighed_its_diagnostic_is_listed()
    {
        var result = Build("Text.\n\n![A treatment room](room.png)\n", ("content/conditions/room.png", TestImages.PngHeaderOnly(30_000, 30_000)));

        Assert.Empty(result.Health!.Pages.Single(p => p.Path == "content/conditions/migraine.md").Images);
        Assert.Contains(result.Diagnostics, d => d.Code == "RS0904");
        Assert.Contains("RS0904", ContentHealthReport.Render(result.Health, result.Diagnostics).Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(1024, "1.0 KB")]
    [InlineData(88_229, "86.2 KB")]
    [InlineData(2_765_593, "2.6 MB")]
    public void Sizes_are_shown_in_bytes_kb_or_mb(long bytes, string shown) => Assert.Equal(shown, ReportImages.Bytes(bytes));
}
