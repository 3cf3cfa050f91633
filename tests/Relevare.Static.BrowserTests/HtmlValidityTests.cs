using Relevare.Static.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Relevare.Static.BrowserTests;

/// <summary>The Nu Html Checker (vnu.jar) finds no error in any page of the clinic's site.</summary>
[Collection(BrowserGroup.Name)]
public sealed class HtmlValidityTests
{
    private readonly BrowserFixture _fixture;
    private readonly ITestOutputHelper _output;

    public HtmlValidityTests(BrowserFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task Every_page_is_valid_HTML()
    {
        var site = _fixture.Clinic.Site;
        var files = site.Pages.Select(site.FileOf).ToList();

        var errors = await NuHtmlChecker.CheckAsync(files);

        var lines = site.Pages.Select(page =>
        {
            var count = errors.Count(e => e.File == site.FileOf(page));
            return $"vnu {page}: {count} error{(count == 1 ? "" : "s")}";
        }).Concat(errors.Select(e => e.ToString())).ToList();
        lines.ForEach(_output.WriteLine);
        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Artifacts("vnu"), "clinic-site.txt"), string.Join('\n', lines) + "\n");
        Assert.True(files.Count >= 5, $"only {files.Count} pages checked");
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
