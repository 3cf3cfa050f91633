namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// <c>sites/broken-gates</c> (missing alt, low contrast, inline script) built into
/// <c>artifacts/browser/broken-site</c> and served under <see cref="ClinicSite.StrictCsp"/>.
/// </summary>
public sealed class BrokenSiteFixture : IAsyncLifetime
{
    private ServedSite? _site;

    internal ServedSite Site => _site ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync() =>
        _site = await ServedSite.BuildAndServeAsync(
            RepositoryPaths.TestSite("broken-gates"), RepositoryPaths.Artifacts("broken-site"),
            [KeyValuePair.Create("Content-Security-Policy", ClinicSite.StrictCsp)]);

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
