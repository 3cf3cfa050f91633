using Microsoft.Playwright;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// Shared by every browser test: one Chromium (Debian's, through Playwright; never downloaded) and the clinic's
/// site built into <c>artifacts/browser/clinic-site</c>, served on 127.0.0.1 under <see cref="ClinicSite.StrictCsp"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ServedSite? _clinic;

    internal IBrowser Browser => _browser ?? throw new InvalidOperationException("the fixture is not initialised");

    internal ServedSite Clinic => _clinic ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = NodeTools.RequireChromium(),
            Headless = true,
            Args = NodeTools.ChromiumFlags,
        });
        _clinic = await ServedSite.BuildAndServeAsync(
            ClinicSite.Source, RepositoryPaths.Artifacts("clinic-site"), [KeyValuePair.Create("Content-Security-Policy", ClinicSite.StrictCsp)]);
    }

    public async Task DisposeAsync()
    {
        if (_clinic is not null)
        {
            await _clinic.DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
