namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// The clinic's real site.yml, templates and assets with the hostile content of <c>sites/xss-canaries</c>
/// (composed in <c>artifacts/browser/xss-source</c>, with raw HTML made a warning so that it is published as text), built into <c>artifacts/browser/xss-site</c> and served
/// without a Content-Security-Policy, so that a payload that escaped the escaping would run.
/// </summary>
public sealed class XssSiteFixture : IAsyncLifetime
{
    private ServedSite? _site;

    internal ServedSite Site => _site ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync()
    {
        var root = RepositoryPaths.RepositoryRoot;
        var source = RepositoryPaths.Artifacts("xss-source");
        Directory.Delete(source, recursive: true);
        TempFolder.CopyTree(Path.Combine(root, "templates"), Path.Combine(source, "templates"));
        TempFolder.CopyTree(Path.Combine(root, "assets"), Path.Combine(source, "assets"));
        TempFolder.CopyTree(Path.Combine(RepositoryPaths.TestSite("xss-canaries"), "content"), Path.Combine(source, "content"));
        // Raw HTML in content is an error by default (nothing is published); as a warning the payloads are published as
        // visible text, which is what this fixture shows never runs.
        var siteYml = File.ReadAllText(Path.Combine(root, "site.yml"));
        const string allowHtml = "  allow_html: false\n";
        if (!siteYml.Contains(allowHtml, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"site.yml no longer has '{allowHtml.Trim()}' under markdown: update XssSiteFixture");
        }

        File.WriteAllText(Path.Combine(source, "site.yml"), siteYml.Replace(allowHtml, allowHtml + "  raw_html: warning\n", StringComparison.Ordinal));
        _site = await ServedSite.BuildAndServeAsync(source, RepositoryPaths.Artifacts("xss-site"));
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
