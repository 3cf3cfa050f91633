namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// The browser tests share one Chromium and one served site, and run one after another: the machines have two
/// cores, and Lighthouse's performance score suffers from anything running beside it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
