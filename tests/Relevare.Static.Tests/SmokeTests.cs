using Relevare.Static.Content;

namespace Relevare.Static.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void An_empty_folder_reports_the_missing_site_yml()
    {
        var result = SiteBuilder.Build(InMemorySourceFileSystem.FromText([]), new BuildOptions());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RS0101", diagnostic.Code);
        Assert.Empty(result.Files);
    }
}
