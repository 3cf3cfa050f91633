namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>The clinic's real site (site.yml, content/, templates/, assets/ at the repository root).</summary>
internal static class ClinicSite
{
    /// <summary>The page paths of the article whose Lighthouse scores and screenshots are recorded.</summary>
    public const string MigrainePage = "/conditions/migraine/";

    public const string HomePage = "/";

    /// <summary>The Spanish home page (content/es/index.md).</summary>
    public const string SpanishHomePage = "/es/";

    /// <summary>The clinic's pages with pictures: the infusion-day diagram (an SVG Markdown image) and the bio page's portrait slot.</summary>
    public static IReadOnlyList<string> ImagePages { get; } = ["/treatment/during-your-infusion/", "/dr-mallek/"];

    /// <summary>The Spanish migraine article (content/es/conditions/migraine.md, slug migrana).</summary>
    public const string SpanishMigrainePage = "/es/conditions/migrana/";

    /// <summary>The Spanish pages with pictures: the Spanish infusion-day diagram and the Spanish bio page's portrait slot.</summary>
    public static IReadOnlyList<string> SpanishImagePages { get; } = ["/es/treatment/durante-su-infusion/", "/es/dr-mallek/"];

    /// <summary>
    /// A fallback policy for sites without a <c>_headers</c> file. The clinic's site publishes its own (site.yml
    /// <c>publishing:</c>), and the server sends that file's stricter policy instead of this one.
    /// </summary>
    public const string StrictCsp =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Phone and desktop viewport widths, in CSS pixels.</summary>
    public static IReadOnlyList<int> Widths { get; } = [375, 1280];

    private static readonly Lazy<IReadOnlyList<string>> PageList = new(ListPages);

    /// <summary>Every page the build produces, found by building the site once (for the test cases' names).</summary>
    public static IReadOnlyList<string> Pages => PageList.Value;

    public static string Source => RepositoryPaths.RepositoryRoot;

    public static TheoryData<string> PageCases() => new(Pages);

    public static TheoryData<string, int> PageAndWidthCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in Pages)
        {
            foreach (var width in Widths)
            {
                data.Add(page, width);
            }
        }

        return data;
    }

    private static IReadOnlyList<string> ListPages()
    {
        using var temp = new TempFolder();
        return SiteBuild.Run(Source, Path.Combine(temp.Path, "site")).Pages;
    }
}
