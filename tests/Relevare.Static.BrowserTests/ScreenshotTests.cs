using System.Buffers.Binary;
using Microsoft.Playwright;
using Relevare.Static.BrowserTests.Infrastructure;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// Full-page screenshots of the home page and the migraine article at phone and desktop widths, saved to
/// <c>artifacts/browser/screenshots/</c>. With <c>RELEVARE_UPDATE_README_IMAGES=1</c> the first screen of the home
/// page on a phone and of the article on a desktop is also written to <c>docs/images/</c>, the pictures the README
/// shows.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ScreenshotTests
{
    private const int MaximumReadmeImageBytes = 150 * 1024;

    private static readonly string[] ReadmeImages = ["home-375.png", "migraine-1280.png"];

    private readonly BrowserFixture _fixture;

    public ScreenshotTests(BrowserFixture fixture) => _fixture = fixture;

    public static TheoryData<string, int> Cases
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var page in new[] { ClinicSite.HomePage, ClinicSite.MigrainePage })
            {
                foreach (var width in ClinicSite.Widths)
                {
                    data.Add(page, width);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Screenshot_is_saved(string page, int width)
    {
        await using var browserPage = await BrowserPage.OpenAsync(_fixture.Browser, _fixture.Clinic.Url(page), width);
        var name = $"{(page.Trim('/').Split('/')[^1] is { Length: > 0 } slug ? slug : "home")}-{width}.png";
        var path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), name);

        var png = await browserPage.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.True(png.Length > 8 && png.AsSpan(1, 3).SequenceEqual("PNG"u8), "not a PNG");
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.True(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)) > 400, "the page is suspiciously short");
        if (ReadmeImages.Contains(name) && Environment.GetEnvironmentVariable("RELEVARE_UPDATE_README_IMAGES") == "1")
        {
            await browserPage.Page.ScreenshotAsync(new PageScreenshotOptions { Path = ReadmeImage(name) });
        }
    }

    [Fact]
    public void The_README_shows_small_current_screenshots()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "README.md"));
        foreach (var name in ReadmeImages)
        {
            Assert.Contains($"\"docs/images/{name}\"", readme, StringComparison.Ordinal);
            Assert.True(File.Exists(ReadmeImage(name)), $"docs/images/{name} is missing");
            var size = new FileInfo(ReadmeImage(name)).Length;
            Assert.True(size < MaximumReadmeImageBytes, $"docs/images/{name} is {size} bytes; keep README images under 150 KB");
        }
    }

    private static string ReadmeImage(string name) => Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "images", name);
}
