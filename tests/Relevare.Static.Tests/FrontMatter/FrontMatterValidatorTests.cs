using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;

namespace Relevare.Static.Tests.FrontMatter;

public sealed class FrontMatterValidatorTests
{
    [Fact]
    public void A_valid_article_is_built_with_its_custom_field()
    {
        var result = TestSite.BuildOk("""
            -- templates/layouts/article.html --
            {{ page.title }}|{{ page.date }}|{{ page.extra.audience }}|{{ page.tags | array.join "," }}
            -- content/conditions/migraine.md --
            ---
            title: Migraine
            description: All about migraine.
            date: 2026-02-28
            tags: [migraine, pain]
            audience: adults
            ---
            Body
            """);

        Assert.Contains("Migraine|2026-02-28|adults|migraine,pain", result.Text("conditions/migraine/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_returns_typed_metadata_and_where_each_field_was_written()
    {
        var diagnostics = new List<Diagnostic>();
        var config = SiteConfigLoader.Load(TestSite.DefaultSiteYml, diagnostics)!;
        var split = new FrontMatterSplit("title: Migraine\ndate: 2026-02-28\ntags: [a, b]\naudience: adults\ndraft: false", 2, "", 8);

        var metadata = new FrontMatterValidator(config).Validate("content/conditions/migraine.md", "conditions", split, diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(metadata);
        Assert.Equal(("article", "article", "Migraine"), (metadata.Type, metadata.Template, metadata.Title));
        Assert.Equal(new DateOnly(2026, 2, 28), metadata.Date);
        Assert.Null(metadata.Description);
        Assert.Equal(["a", "b"], metadata.Tags.ToArray());
        Assert.False(metadata.Draft);
        Assert.Equal("adults", Assert.Single(metadata.Extra).Value);
        Assert.Equal(new SourceLocation("content/conditions/migraine.md", 3, 1), metadata.Locations["date"]);
    }

    [Fact]
    public void An_unknown_field_suggests_the_closest_name()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            descriptoin: D
            ---
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterUnknownField);
        Assert.Equal("content/a.md:3:1", diagnostic.Location);
        Assert.Equal("unknown field 'descriptoin' for content type 'page'", diagnostic.Message);
        Assert.Equal("did you mean 'description'?", diagnostic.Hint);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_misspelt_required_field_is_reported_as_unknown_and_as_missing()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            titel: A
            ---
            """);

        Assert.Equal("did you mean 'title'?", result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterUnknownField).Hint);
        var missing = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterMissingField);
        Assert.Equal("content/a.md:2:1", missing.Location);
        Assert.Equal("missing required field 'title' (content type 'page')", missing.Message);
    }

    [Fact]
    public void A_built_in_field_the_content_type_does_not_declare_is_unknown_with_a_hint_to_declare_it()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            date: 2026-01-01
            ---
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterUnknownField);
        Assert.Equal("content/a.md:3:1", diagnostic.Location);
        Assert.Contains("'date' is not used by content type 'page'", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("content_types.page.fields", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: [a, b]", "content/a.md:2:8", "'title' must be text")]
    [InlineData("title: { a: b }", "content/a.md:2:8", "'title' must be text")]
    [InlineData("title: A\ntags: migraine", "content/conditions/a.md:3:7", "'tags' must be a list")]
    [InlineData("title: A\ntags: [a, [b]]", "content/conditions/a.md:3:11", "every item of 'tags' must be text")]
    [InlineData("title: A\ndate: [2026-01-01]", "content/conditions/a.md:3:7", "'date' must be a date (YYYY-MM-DD)")]
    public void A_value_of_the_wrong_type_is_RS0204_at_the_value(string yaml, string location, string message)
    {
        var path = location.Split(':')[0];
        var result = TestSite.Build($"-- {path} --\n---\n{yaml}\n---\n");

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterWrongType);
        Assert.Equal(location, diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Missing_required_fields_are_each_reported()
    {
        var result = TestSite.Build("""
            -- content/conditions/a.md --
            ---
            description: About migraine.
            ---
            """);

        var missing = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.FrontMatterMissingField).ToList();
        Assert.Equal(
            ["missing required field 'date' (content type 'article')", "missing required field 'title' (content type 'article')"],
            missing.Select(d => d.Message).Order(StringComparer.Ordinal));
        Assert.All(missing, d => Assert.Equal("content/conditions/a.md:2:1", d.Location));
        Assert.Equal(2, result.ErrorCount);
    }

    [Fact]
    public void A_required_field_left_empty_is_missing()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title:
            ---
            """);

        Assert.Equal("missing required field 'title' (content type 'page')", result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterMissingField).Message);
    }

    [Theory]
    [InlineData("2024-13-01", "which is not a day of the calendar")]
    [InlineData("2024-02-30", "which is not a day of the calendar")]
    [InlineData("03/04/2024", "not a date written YYYY-MM-DD")]
    [InlineData("2024-3-4", "not a date written YYYY-MM-DD")]
    [InlineData("\"4 March 2024\"", "not a date written YYYY-MM-DD")]
    [InlineData("2024-03-04T10:00:00Z", "not a date written YYYY-MM-DD")]
    public void A_date_that_is_not_a_YYYY_MM_DD_calendar_day_is_RS0206(string date, string problem)
    {
        var result = TestSite.Build($"""
            -- content/conditions/a.md --
            ---
            title: A
            date: {date}
            ---
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterInvalidDate);
        Assert.Equal("content/conditions/a.md:3:7", diagnostic.Location);
        Assert.Equal($"'date' is '{date.Trim('"')}', {problem}", diagnostic.Message);
        Assert.Single(result.Diagnostics);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("on")]
    [InlineData("off")]
    [InlineData("True")]
    [InlineData("1")]
    [InlineData("\"true\"")]
    public void Draft_accepts_only_plain_true_or_false(string value)
    {
        var result = TestSite.Build($"""
            -- content/a.md --
            ---
            title: A
            draft: {value}
            ---
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterWrongType);
        Assert.Equal("content/a.md:3:8", diagnostic.Location);
        Assert.Equal("'draft' must be true or false", diagnostic.Message);
    }

    [Theory]
    [InlineData("true", false)]
    [InlineData("false", true)]
    public void Draft_true_or_false_is_accepted(string value, bool published)
    {
        var result = TestSite.BuildOk($"""
            -- content/a.md --
            ---
            title: A
            draft: {value}
            ---
            """);

        Assert.Equal(published, result.Files.Any(f => f.Path == "a/index.html"));
    }

    [Fact]
    public void A_title_longer_than_max_length_is_RS0207()
    {
        var title = new string('x', 71);
        var result = TestSite.Build($"""
            -- content/conditions/a.md --
            ---
            date: 2026-01-01
            title: {title}
            ---
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterOutOfLimits);
        Assert.Equal("content/conditions/a.md:3:8", diagnostic.Location);
        Assert.Equal("'title' is 71 characters long; the limit is 70", diagnostic.Message);
    }

    [Fact]
    public void A_title_of_exactly_max_length_is_accepted()
    {
        TestSite.BuildOk($"""
            -- content/conditions/a.md --
            ---
            date: 2026-01-01
            title: {new string('x', 70)}
            ---
            """);
    }

    [Fact]
    public void A_description_shorter_than_min_length_is_RS0207()
    {
        var result = TestSite.Build("""
            -- content/conditions/a.md --
            ---
            title: A
            date: 2026-01-01
            description: "  Short   "
            ---
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterOutOfLimits);
        Assert.Equal("content/conditions/a.md:4:14", diagnostic.Location);
        Assert.Equal("'description' is 5 characters long; at least 10 are needed", diagnostic.Message);
    }

    [Fact]
    public void A_list_with_more_than_max_items_is_RS0207()
    {
        var result = TestSite.Build("""
            -- content/conditions/a.md --
            ---
            title: A
            date: 2026-01-01
            tags:
              - a
              - b
              - c
              - d
            ---
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterOutOfLimits);
        Assert.Equal("content/conditions/a.md:5:3", diagnostic.Location);
        Assert.Equal("'tags' has 4 items; the limit is 3", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_content_type_suggests_the_closest()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            type: artcle
            ---
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnknownType, diagnostic.Code);
        Assert.Equal("content/a.md:3:7", diagnostic.Location);
        Assert.Equal("unknown content type 'artcle'", diagnostic.Message);
        Assert.Equal("did you mean 'article'?", diagnostic.Hint);
    }

    [Fact]
    public void The_type_field_switches_the_schema()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            type: article
            title: A
            ---
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("missing required field 'date' (content type 'article')", diagnostic.Message);
    }

    [Fact]
    public void A_page_in_a_section_without_a_type_and_no_root_default_is_RS0209()
    {
        var files = TestSite.Files("""
            -- content/a.md --
            ---
            title: A
            ---
            """);
        files["site.yml"] = System.Text.Encoding.UTF8.GetBytes(TestSite.DefaultSiteYml.Replace("  \"\": page\n", "", StringComparison.Ordinal));

        var result = TestSite.Build(files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnknownType, diagnostic.Code);
        Assert.Equal("content/a.md:2:1", diagnostic.Location);
        Assert.Contains("have no content type", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slug: Bad Slug", "content/a.md:3:7", "RS0502")]
    [InlineData("slug: a--b", "content/a.md:3:7", "RS0502")]
    [InlineData("template: ../../etc/passwd", "content/a.md:3:11", "RS0210")]
    public void Slug_and_template_must_be_simple_names(string line, string location, string code)
    {
        var result = TestSite.Build($"""
            -- content/a.md --
            ---
            title: A
            {line}
            ---
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(location, diagnostic.Location);
    }

    [Fact]
    public void A_template_that_does_not_exist_suggests_the_closest_layout()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            template: artcle
            ---
            """);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterUnknownTemplate);
        Assert.Equal("content/a.md:3:1", diagnostic.Location);
        Assert.Equal("did you mean 'article'?", diagnostic.Hint);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("off")]
    [InlineData("010")]
    [InlineData("03/04/2024")]
    public void Text_fields_keep_yaml_1_1_values_as_written(string title)
    {
        var result = TestSite.BuildOk($"""
            -- content/a.md --
            ---
            title: {title}
            ---
            """);

        Assert.Contains($"<h1>{System.Net.WebUtility.HtmlEncode(title)}</h1>", result.Text("a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_errors_in_front_matter_are_reported_at_file_lines()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            description: a: b
            ---
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterSyntax, diagnostic.Code);
        Assert.Equal("content/a.md:3:15", diagnostic.Location);
    }

    [Fact]
    public void A_duplicate_field_is_RS0208_naming_both_lines()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            description: D
            title: B
            ---
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterDuplicateKey, diagnostic.Code);
        Assert.Equal("content/a.md:4:1", diagnostic.Location);
        Assert.Contains("first on line 2", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_RS0211()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            - title
            ---
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterNotMapping, diagnostic.Code);
        Assert.Equal("content/a.md:2:1", diagnostic.Location);
    }

    [Fact]
    public void Every_error_of_a_page_is_reported_in_one_run_at_its_own_line()
    {
        var result = TestSite.Build("""
            -- content/conditions/a.md --
            ---
            title: A
            date: 2026-02-30
            draft: yes
            tags: [a, b, c, d]
            colour: blue
            ---
            """);

        Assert.Equal(
            [
                "content/conditions/a.md:3:7: RS0206",
                "content/conditions/a.md:4:8: RS0204",
                "content/conditions/a.md:5:7: RS0207",
                "content/conditions/a.md:6:1: RS0203",
            ],
            result.Diagnostics.Select(d => $"{d.Location}: {d.Code}"));
    }
}
