using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Configuration;

public sealed class SiteConfigLoaderTests
{
    private static (SiteConfig? Config, List<Diagnostic> Diagnostics) Load(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (SiteConfigLoader.Load(text, diagnostics), diagnostics);
    }

    private static Diagnostic LoadFails(string text)
    {
        var (config, diagnostics) = Load(text);
        Assert.Null(config);
        Assert.All(diagnostics, d => Assert.True(DiagnosticCodes.IsConfiguration(d.Code), d.ToString()));
        return Assert.Single(diagnostics);
    }

    [Fact]
    public void Load_the_default_test_config()
    {
        var (config, diagnostics) = Load(TestSite.DefaultSiteYml);

        Assert.Empty(diagnostics);
        Assert.NotNull(config);
        Assert.Equal("Test clinic", config.Title);
        Assert.Equal("en", config.Language);
        Assert.False(config.AllowHtml);
        Assert.Equal(["", "conditions"], config.Sections.Keys);
        Assert.Equal("article", config.DefaultTypeFor("conditions"));
        Assert.Equal("page", config.DefaultTypeFor("treatment"));
        var article = config.ContentTypes["article"];
        Assert.Equal(new FieldRule("title", FieldKind.Text, true, null, 70, null), article.Fields["title"]);
        Assert.Equal(new FieldRule("tags", FieldKind.List, false, null, null, 3), article.Fields["tags"]);
        Assert.Equal(new FieldRule("audience", FieldKind.Text, false, null, null, null), article.Fields["audience"]);
        Assert.Equal((14, 3), (article.Line, article.Column));
    }

    [Fact]
    public void Load_the_repository_site_yml()
    {
        var root = Fixtures.RepositoryPaths.RepositoryRoot;
        var (config, diagnostics) = Load(File.ReadAllText(System.IO.Path.Combine(root, "site.yml")));

        // The clinic has not supplied its phone number or address yet: both are declared placeholders.
        Assert.Equal(["RS0109 site.yml:9:10", "RS0109 site.yml:10:12"], diagnostics.Select(d => $"{d.Code} {d.Location}"));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.NotNull(config);
        Assert.Equal(["article", "home", "page"], config.ContentTypes.Keys);
        Assert.True(config.Clinic.PhoneIsPlaceholder);
        Assert.True(config.Clinic.AddressIsPlaceholder);
        Assert.Null(config.Clinic.ConfirmedPhone);
        Assert.Equal("tel:+15550100", config.Clinic.PhoneHref);
    }

    [Theory]
    [InlineData("https://example.test", "https://example.test/")]
    [InlineData("https://example.test/clinic", "https://example.test/clinic/")]
    [InlineData("http://example.test/clinic/", "http://example.test/clinic/")]
    public void Load_base_url_always_ends_with_a_slash(string written, string expected)
    {
        var (config, diagnostics) = Load(TestSite.DefaultSiteYml.Replace("https://example.test/", written, StringComparison.Ordinal));

        Assert.Empty(diagnostics);
        Assert.Equal(expected, config!.BaseUrl.AbsoluteUri);
    }

    [Theory]
    [InlineData("ftp://example.test/")]
    [InlineData("www.example.test")]
    [InlineData("/clinic/")]
    [InlineData("https://example.test/?preview=1")]
    [InlineData("https://example.test/#top")]
    [InlineData("javascript:alert(1)")]
    public void Load_bad_base_url_is_RS0104_at_the_value(string url)
    {
        var diagnostic = LoadFails(TestSite.DefaultSiteYml.Replace("https://example.test/", url, StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, diagnostic.Code);
        Assert.Equal("site.yml:2:11", diagnostic.Location);
        Assert.Equal($"base_url '{url}' is not an absolute http(s) URL", diagnostic.Message);
    }

    [Fact]
    public void Load_unknown_top_level_key_suggests_the_closest()
    {
        var diagnostic = LoadFails(TestSite.DefaultSiteYml + "langauge: en\n");

        Assert.Equal(DiagnosticCodes.ConfigUnknownKey, diagnostic.Code);
        Assert.Equal("site.yml:24:1", diagnostic.Location);
        Assert.Equal("unknown setting 'langauge' in site.yml", diagnostic.Message);
        Assert.Equal("did you mean 'language'?", diagnostic.Hint);
    }

    [Fact]
    public void Load_unknown_nested_key_names_where_it_is()
    {
        var diagnostic = LoadFails(TestSite.DefaultSiteYml.Replace("  name: Test clinic", "  name: Test clinic\n  phnoe: 555", StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.ConfigUnknownKey, diagnostic.Code);
        Assert.Equal("site.yml:5:3", diagnostic.Location);
        Assert.Equal("unknown setting 'phnoe' in clinic", diagnostic.Message);
        Assert.Equal("did you mean 'phone'?", diagnostic.Hint);
    }

    [Fact]
    public void Load_missing_title_is_RS0105()
    {
        var diagnostic = LoadFails(TestSite.DefaultSiteYml.Replace("title: Test clinic\n", "", StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.ConfigMissingKey, diagnostic.Code);
        Assert.Equal("site.yml:1:1", diagnostic.Location);
        Assert.Equal("missing setting 'title'", diagnostic.Message);
    }

    [Fact]
    public void Load_section_naming_an_unknown_content_type_suggests_the_closest()
    {
        var diagnostic = LoadFails(TestSite.DefaultSiteYml.Replace("conditions: article", "conditions: artcle", StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, diagnostic.Code);
        Assert.Equal("site.yml:7:15", diagnostic.Location);
        Assert.Equal("section 'conditions' names unknown content type 'artcle'", diagnostic.Message);
        Assert.Equal("did you mean 'article'?", diagnostic.Hint);
    }

    [Theory]
    [InlineData("      audience: {}", "site.yml:22:17")]
    [InlineData("      audience:", "site.yml:22:7")]
    [InlineData("      audience: { required: true }", "site.yml:22:17")]
    public void Load_custom_field_without_a_type_is_RS0105(string line, string location)
    {
        var diagnostic = LoadFails(TestSite.DefaultSiteYml.Replace("      audience: { type: string }", line, StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.ConfigMissingKey, diagnostic.Code);
        Assert.Equal(location, diagnostic.Location);
        Assert.Equal("custom field 'audience' needs a type", diagnostic.Message);
    }

    [Theory]
    [InlineData("      audience: { type: text }", "site.yml:22:25", "'text' is not a field type")]
    [InlineData("      reviewer: { type: date }", "site.yml:22:25", "'reviewer' is a built-in field of type string")]
    [InlineData("      slug: {}", "site.yml:22:7", "'slug' is allowed on every page and cannot be declared in content type 'article'")]
    [InlineData("      audience: { type: string, max_length: -1 }", "site.yml:22:45", "'max_length' must be a whole number")]
    [InlineData("      audience: { type: string, required: yes }", "site.yml:22:43", "'required' must be true or false")]
    [InlineData("      audience: [string]", "site.yml:22:17", "field 'audience' must be a mapping such as '{ required: true }'")]
    public void Load_bad_field_declarations_are_RS0104(string line, string location, string message)
    {
        var diagnostic = LoadFails(TestSite.DefaultSiteYml.Replace("      audience: { type: string }", line, StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, diagnostic.Code);
        Assert.Equal(location, diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("language: English\n", "site.yml:24:11", "language 'English' is not a language tag")]
    [InlineData("markdown:\n  allow_html: yes\n", "site.yml:25:15", "allow_html must be true or false")]
    [InlineData("description: [a]\n", "site.yml:24:14", "'description' must be text, not a list or mapping")]
    public void Load_bad_values_are_RS0104_at_the_value(string appended, string location, string message)
    {
        var diagnostic = LoadFails(TestSite.DefaultSiteYml + appended);

        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, diagnostic.Code);
        Assert.Equal(location, diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Load_bad_phone_is_RS0107()
    {
        var diagnostic = LoadFails(TestSite.DefaultSiteYml.Replace("  name: Test clinic", "  name: Test clinic\n  phone: call us", StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.ClinicPhoneNotDiallable, diagnostic.Code);
        Assert.Equal("site.yml:5:10", diagnostic.Location);
    }

    [Fact]
    public void Load_duplicate_key_is_reported_with_both_lines()
    {
        var diagnostic = LoadFails(TestSite.DefaultSiteYml + "title: Again\n");

        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, diagnostic.Code);
        Assert.Equal("site.yml:24:1", diagnostic.Location);
        Assert.Contains("first on line 1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_yaml_syntax_error_is_RS0102()
    {
        var diagnostic = LoadFails("title: Test\nbase_url: [https://example.test/\n");

        Assert.Equal(DiagnosticCodes.ConfigSyntax, diagnostic.Code);
        Assert.Equal(3, diagnostic.Line);
    }

    [Fact]
    public void Load_an_anchor_is_rejected()
    {
        var diagnostic = LoadFails("title: &t Test\n");

        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, diagnostic.Code);
        Assert.Equal("site.yml:1:8", diagnostic.Location);
    }

    [Fact]
    public void Load_a_list_instead_of_settings_is_RS0104()
    {
        var diagnostic = LoadFails("- title\n");

        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, diagnostic.Code);
        Assert.Equal("site.yml:1:1", diagnostic.Location);
    }

    [Fact]
    public void Build_without_site_yml_reports_RS0101_and_nothing_else()
    {
        var result = SiteBuilder.Build(InMemorySourceFileSystem.FromText([]), new BuildOptions());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ConfigMissing, diagnostic.Code);
        Assert.Equal("site.yml:1:1", diagnostic.Location);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Build_stops_at_configuration_errors_before_reading_pages()
    {
        var result = TestSite.Build("""
            -- site.yml --
            titel: Test
            -- content/a.md --
            no front matter here
            """);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("RS01", d.Code, StringComparison.Ordinal));
        Assert.Empty(result.Files);
        Assert.Equal(0, result.PageCount);
    }

    [Fact]
    public void Build_a_content_type_whose_layout_is_missing_is_RS0106_at_the_type()
    {
        var files = TestSite.Files("");
        files.Remove("templates/layouts/article.html");

        var result = TestSite.Build(files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ConfigTemplateMissing, diagnostic.Code);
        Assert.Equal("site.yml:14:3", diagnostic.Location);
        Assert.Contains("templates/layouts/article.html does not exist", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_base_url_option_overrides_site_yml()
    {
        var result = TestSite.BuildOk(
            """
            -- templates/layouts/page.html --
            {{ page.permalink }}
            -- content/a.md --
            ---
            title: A
            ---
            """,
            new BuildOptions(BaseUrl: new Uri("https://preview.example.test/")));

        Assert.Contains("https://preview.example.test/a/", result.Text("a/index.html"), StringComparison.Ordinal);
    }
}
