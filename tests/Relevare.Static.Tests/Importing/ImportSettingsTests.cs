using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Importing;

/// <summary>
/// Settings for importing an existing site: unknown fields kept as data, fields of several kinds, renamed built-in
/// fields, more link schemes, and file names turned into slugs.
/// </summary>
public sealed class ImportSettingsTests
{
    private const string DocsSiteYml = """
        title: Docs
        base_url: https://docs.example/
        clinic:
          name: Docs
        TOP
        sections:
          "": doc
        content_types:
          doc:
            template: doc
            TYPE
            fields:
              title: { required: true }
              keywords: { type: [string, list] }
        checks: { RS0707: off, RS0708: off, RS0709: off, RS0710: off, RS0711: off, RS0712: off, RS0713: off, RS0714: off, RS0730: off }
        """;

    private const string DocLayout = """
        -- templates/layouts/doc.html --
        <h1>{{ page.title }}</h1>
        {{ page.content }}
        {{ for name in page.extra | object.keys }}<p class="extra">{{ name }}={{ v = page.extra[name]; if (v | object.typeof) == "array"; "[" + (v | array.join ",") + "]"; else if (v | object.typeof) == "object"; "{" + (v | object.keys | array.join ",") + "}"; else; v; end }}</p>
        {{ end }}
        """;

    private static string Text(BuildResult result, string path) => System.Net.WebUtility.HtmlDecode(result.Text(path));

    private static string Site(string topLevel, string typeSettings, string files) =>
        "-- site.yml --\n" + DocsSiteYml.Replace("TOP", topLevel, StringComparison.Ordinal).Replace("TYPE", typeSettings, StringComparison.Ordinal) + "\n" + DocLayout + "\n" + files;

    [Fact]
    public void Unknown_fields_are_kept_as_data_for_templates_when_the_type_says_keep()
    {
        var result = TestSite.BuildOk(Site("", "unknown_fields: keep", """
            -- content/index.md --
            ---
            title: Home
            ms.author: jdoe
            ms.date: 03/14/2024
            tags_old: [a, b]
            custom:
              team: tools
            ---
            Home.
            """));

        var html = Text(result, "index.html");
        Assert.Contains("<p class=\"extra\">ms.author=jdoe</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"extra\">ms.date=03/14/2024</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"extra\">tags_old=[a,b]</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"extra\">custom={team}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fields_are_still_errors_by_default()
    {
        var result = TestSite.Build(Site("", "", """
            -- content/index.md --
            ---
            title: Home
            ms.author: jdoe
            ---
            Home.
            """));

        Assert.True(result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterUnknownField).IsError);
    }

    [Fact]
    public void A_field_of_several_kinds_takes_a_string_in_one_page_and_a_list_in_another()
    {
        var result = TestSite.BuildOk(Site("", "", """
            -- content/index.md --
            ---
            title: Home
            keywords: setup
            ---
            [Other](other.md)
            -- content/other.md --
            ---
            title: Other
            keywords: [api, reference]
            ---
            Other.
            """));

        Assert.Contains("keywords=setup<", Text(result, "index.html"), StringComparison.Ordinal);
        Assert.Contains("keywords=[api,reference]<", Text(result, "other/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_of_several_kinds_refuses_a_value_of_none_of_them()
    {
        var result = TestSite.Build(Site("", "", """
            -- content/index.md --
            ---
            title: Home
            keywords:
              a: b
            ---
            Home.
            """));

        var error = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterWrongType);
        Assert.Equal("'keywords' must be text or a list", error.Message);
        Assert.Equal(4, error.Line); // where the value of keywords begins
    }

    [Fact]
    public void A_renamed_built_in_field_is_read_from_its_new_name_and_its_old_name_is_plain_data()
    {
        var result = TestSite.BuildOk(Site("", "unknown_fields: keep\n    field_names: { aliases: redirect_from }", """
            -- content/index.md --
            ---
            title: Home
            aliases: [Start page, Landing]
            redirect_from: [/old-home.html]
            ---
            Home.
            """));

        Assert.Contains("aliases=[Start page,Landing]<", Text(result, "index.html"), StringComparison.Ordinal);
        Assert.Contains("old-home.html", result.Files.Select(f => f.Path));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidAlias);
    }

    [Fact]
    public void Renaming_mistakes_are_configuration_errors()
    {
        var result = TestSite.Build(Site("", "field_names: { alias: redirect_from, type: kind, slug: draft }", ""));

        var messages = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ConfigInvalidValue).Select(d => d.Message).ToList();
        Assert.Contains(messages, m => m.Contains("'alias' is not one of relevare's fields", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'type' chooses the content type", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'draft' already names another of relevare's fields", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_can_allow_another_link_scheme()
    {
        var result = TestSite.BuildOk(Site("markdown: { link_schemes: [xref] }", "", """
            -- content/index.md --
            ---
            title: Home
            ---
            Returns a [String](xref:System.String).
            """));

        Assert.Contains("<a href=\"xref:System.String\">String</a>", result.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_scheme_is_still_refused_without_the_setting()
    {
        var result = TestSite.Build(Site("", "", """
            -- content/index.md --
            ---
            title: Home
            ---
            Returns a [String](xref:System.String).
            """));

        Assert.True(result.Diagnostics.SingleWithCode(DiagnosticCodes.UnsafeUrl).IsError);
    }

    [Theory]
    [InlineData("javascript")]
    [InlineData("JavaScript:")]
    [InlineData("vbscript")]
    [InlineData("data")]
    [InlineData("data:text/html")]
    public void Schemes_that_run_code_can_never_be_allowed(string scheme)
    {
        var result = TestSite.Build(Site($"markdown: {{ link_schemes: [\"{scheme}\"] }}", "", ""));

        var error = result.Diagnostics.SingleWithCode(DiagnosticCodes.ConfigInvalidValue);
        Assert.Contains("can never be allowed", error.Message, StringComparison.Ordinal);
        Assert.Equal("site.yml", error.Path);
    }

    [Fact]
    public void File_names_that_are_not_slugs_get_one_with_the_setting()
    {
        var result = TestSite.BuildOk(Site("file_names: slugify", "", """
            -- content/index.md --
            ---
            title: Home
            ---
            [Start](Getting_Started.md), [API](Reference/API.Overview.md), [Café](Café.md)
            -- content/Getting_Started.md --
            ---
            title: Start
            ---
            Start.
            -- content/Reference/API.Overview.md --
            ---
            title: API
            ---
            API.
            -- content/Café.md --
            ---
            title: Café
            ---
            Coffee.
            """));

        var paths = result.Files.Select(f => f.Path).ToList();
        Assert.Contains("getting-started/index.html", paths);
        Assert.Contains("reference/api-overview/index.html", paths);
        Assert.Contains("cafe/index.html", paths);
        Assert.Contains("href=\"/reference/api-overview/\"", result.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Slugged_file_names_that_collide_are_reported_with_both_files()
    {
        var result = TestSite.Build(Site("file_names: slugify", "", """
            -- content/A_B.md --
            ---
            title: One
            ---
            One.
            -- content/a-b.md --
            ---
            title: Two
            ---
            Two.
            """));

        var collisions = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UrlCollision).ToList();
        Assert.Equal(2, collisions.Count);
        Assert.Contains(collisions, d => d.Path == "content/A_B.md" && d.Message.Contains("content/a-b.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_setting_a_file_name_that_is_not_a_slug_is_still_an_error()
    {
        var result = TestSite.Build(Site("", "", """
            -- content/Getting_Started.md --
            ---
            title: Start
            ---
            Start.
            """));

        Assert.True(result.Diagnostics.SingleWithCode(DiagnosticCodes.InvalidSlug).IsError);
    }

    [Theory]
    [InlineData("Getting_Started", "getting-started")]
    [InlineData("Install.NET", "install-net")]
    [InlineData("--A  B--", "a-b")]
    [InlineData("Café-Crème", "cafe-creme")]
    [InlineData("日本", "")]
    public void FileNameSlug_lowercases_and_turns_punctuation_into_single_hyphens(string name, string slug) =>
        Assert.Equal(slug, Relevare.Static.Site.FileNameSlug.Of(name));
}
