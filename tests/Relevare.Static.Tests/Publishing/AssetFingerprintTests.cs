namespace Relevare.Static.Tests.Publishing;

/// <summary>Fingerprinted asset names, the <c>asset</c> and <c>asset_integrity</c> functions, and references in CSS and Markdown.</summary>
public sealed class AssetFingerprintTests
{
    private const string Site = PublishingSite.Files + """
        -- templates/base.html --
        <link rel="stylesheet" href="{{ asset "/assets/css/site.css" }}" integrity="{{ asset_integrity "/assets/css/site.css" }}">
        {{ include layout }}
        -- content/index.md --
        ---
        title: Home
        ---
        ![A dot](/assets/images/dot.svg) and [the leaflet](/assets/docs/leaflet.pdf#page=2).
        -- assets/css/site.css --
        /* The site's styles. */
        body {
          background: url("../images/dot.png") no-repeat;
        }
        @import "print.css";
        -- assets/css/print.css --
        a { color: black; }
        -- assets/images/dot.png --
        not really a PNG
        -- assets/images/dot.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><circle cx="2" cy="2" r="2"/></svg>
        -- assets/images/unused.png --
        another image
        -- assets/docs/leaflet.pdf --
        %PDF-1.4

        """;

    [Fact]
    public void Style_sheets_scripts_and_images_get_hashed_names_and_other_files_keep_theirs()
    {
        var names = Names(TestSite.BuildOk(Site));

        Assert.Matches(@"^assets/css/site\.[0-9a-f]{10}\.css$", names["site.css"]);
        Assert.Matches(@"^assets/images/dot\.[0-9a-f]{10}\.png$", names["dot.png"]);
        Assert.Equal("assets/docs/leaflet.pdf", names["leaflet.pdf"]);
    }

    [Fact]
    public void Hashed_names_are_the_same_when_nothing_changes()
    {
        Assert.Equal(Names(TestSite.BuildOk(Site)), Names(TestSite.BuildOk(Site)));
    }

    [Fact]
    public void Changing_a_file_changes_its_name_and_the_names_of_the_style_sheets_that_refer_to_it_only()
    {
        var before = Names(TestSite.BuildOk(Site));
        var after = Names(TestSite.BuildOk(Site.Replace("not really a PNG", "a changed PNG", StringComparison.Ordinal)));

        Assert.NotEqual(before["dot.png"], after["dot.png"]);
        Assert.NotEqual(before["site.css"], after["site.css"]); // it names dot.png
        Assert.Equal(before["print.css"], after["print.css"]);
        Assert.Equal(before["unused.png"], after["unused.png"]);
    }

    [Fact]
    public void A_change_the_minifier_removes_does_not_change_the_name()
    {
        var before = Names(TestSite.BuildOk(Site));
        var after = Names(TestSite.BuildOk(Site.Replace("/* The site's styles. */", "/* Styles of the site, reworded. */", StringComparison.Ordinal)));

        Assert.Equal(before["site.css"], after["site.css"]);
    }

    [Fact]
    public void Style_sheets_are_minified_and_refer_to_the_hashed_names()
    {
        var result = TestSite.BuildOk(Site);
        var names = Names(result);

        Assert.Equal(
            $"body{{background: url(\"/{names["dot.png"]}\") no-repeat}}@import \"/{names["print.css"]}\";",
            result.Text(names["site.css"]));
    }

    [Fact]
    public void Templates_get_the_hashed_url_and_its_integrity_value()
    {
        var result = TestSite.BuildOk(Site);
        var css = result.Files.Single(f => f.Path == Names(result)["site.css"]);

        var expected = $"<link rel=\"stylesheet\" href=\"/{css.Path}\" integrity=\"sha384-{Convert.ToBase64String(System.Security.Cryptography.SHA384.HashData(css.Content.Span))}\">";
        Assert.StartsWith(expected, result.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_links_and_images_into_assets_lead_to_the_published_names()
    {
        var result = TestSite.BuildOk(Site);

        var home = result.Text("index.html");
        // A Markdown image is published by the images stage: sized, under img/ with a hashed name.
        Assert.Matches("<img src=\"/img/assets/images/dot\\.[0-9a-f]{10}\\.svg\" alt=\"A dot\" width=\"4\" height=\"4\" decoding=\"async\" />", home);
        Assert.Contains("<a href=\"/assets/docs/leaflet.pdf#page=2\">", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_publishing_assets_keep_their_names_and_bytes()
    {
        var result = TestSite.BuildOk("""
            -- templates/base.html --
            {{ asset "/assets/css/site.css" }} {{ asset_integrity "/assets/css/site.css" }}
            -- content/index.md --
            ---
            title: Home
            ---
            -- assets/css/site.css --
            /* kept */ body { color: red; }
            """);

        Assert.Equal("/* kept */ body { color: red; }\n", result.Text("assets/css/site.css"));
        Assert.StartsWith("/assets/css/site.css sha384-", result.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_asset_is_a_template_error_with_a_suggestion()
    {
        var result = TestSite.Build(Site.Replace("{{ asset \"/assets/css/site.css\" }}", "{{ asset \"/assets/css/stie.css\" }}", StringComparison.Ordinal));

        var diagnostic = result.Diagnostics.Single(d => d.Code == "RS0402" && d.Message.EndsWith("(while rendering content/index.md)", StringComparison.Ordinal));
        Assert.Equal("templates/base.html:1:33", diagnostic.Location);
        Assert.Contains("asset '/assets/css/stie.css': no such file in assets/ (did you mean '/assets/css/site.css'?)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Style_sheets_that_import_each_other_are_reported()
    {
        var result = TestSite.Build(Site.Replace("a { color: black; }", "@import url(site.css);", StringComparison.Ordinal));

        var diagnostic = result.Diagnostics.SingleWithCode("RS0806");
        Assert.Contains("assets/css/print.css → assets/css/site.css → assets/css/print.css", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_style_sheet_that_is_not_utf8_is_published_as_it_is_under_a_hashed_name()
    {
        var files = TestSite.Files(Site);
        files["assets/css/print.css"] = [0xFF, 0xFE, 0x41];

        var result = TestSite.Build(files);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        Assert.Equal([0xFF, 0xFE, 0x41], result.Files.Single(f => f.Path.StartsWith("assets/css/print.", StringComparison.Ordinal)).Content.ToArray());
    }

    // File name (without folder or hash) → output path.
    private static Dictionary<string, string> Names(BuildResult result) =>
        result.Files.Where(f => f.Path.StartsWith("assets/", StringComparison.Ordinal))
            .ToDictionary(f => Unhashed(f.Path[(f.Path.LastIndexOf('/') + 1)..]), f => f.Path, StringComparer.Ordinal);

    private static string Unhashed(string name)
    {
        var parts = name.Split('.');
        return parts.Length == 3 ? parts[0] + "." + parts[2] : name;
    }
}
