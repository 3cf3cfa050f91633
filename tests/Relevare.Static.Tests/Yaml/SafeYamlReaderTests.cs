using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Tests.Yaml;

public sealed class SafeYamlReaderTests
{
    private const string Path = "content/a.md";

    private static readonly SafeYamlReader.Codes Codes = new(
        DiagnosticCodes.FrontMatterSyntax, DiagnosticCodes.FrontMatterUnsafeYaml, DiagnosticCodes.FrontMatterDuplicateKey);

    private static (YamlNode? Root, List<Diagnostic> Diagnostics) Read(string yaml, int firstLine = 2)
    {
        var diagnostics = new List<Diagnostic>();
        var root = SafeYamlReader.Read(Path, yaml, firstLine, Codes, diagnostics);
        return (root, diagnostics);
    }

    [Fact]
    public void Billion_laughs_is_rejected_at_its_first_anchor()
    {
        const string yaml = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;

        var (root, diagnostics) = Read(yaml);

        Assert.Null(root);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnsafeYaml, diagnostic.Code);
        Assert.Equal("content/a.md:2:4", diagnostic.Location);
        Assert.Contains("anchors (&a)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_is_rejected_even_without_an_anchor()
    {
        var (root, diagnostics) = Read("title: A\ndescription: *text\n");

        Assert.Null(root);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnsafeYaml, diagnostic.Code);
        Assert.Equal("content/a.md:3:14", diagnostic.Location);
        Assert.Contains("aliases (*text)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: !!python/object:os.system [\"ls\"]", "tag:yaml.org,2002:python/object:os.system")]
    [InlineData("title: !System.Diagnostics.Process {}", "!System.Diagnostics.Process")]
    [InlineData("title: !!str 010", "tag:yaml.org,2002:str")]
    public void Tags_are_rejected(string yaml, string tag)
    {
        var (root, diagnostics) = Read(yaml);

        Assert.Null(root);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnsafeYaml, diagnostic.Code);
        Assert.Equal("content/a.md:2:8", diagnostic.Location);
        Assert.Contains($"YAML tags ({tag})", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_the_second_and_names_the_first_line()
    {
        var (_, diagnostics) = Read("title: A\ndescription: D\ntitle: B\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterDuplicateKey, diagnostic.Code);
        Assert.Equal("content/a.md:4:1", diagnostic.Location);
        Assert.Equal("'title' is given twice (first on line 2)", diagnostic.Message);
    }

    [Fact]
    public void A_duplicate_key_keeps_the_first_value()
    {
        var (root, _) = Read("title: A\ntitle: B\n");

        var map = Assert.IsType<YamlMapping>(root);
        var entry = Assert.Single(map.Entries);
        Assert.Equal("A", Assert.IsType<YamlScalar>(entry.Value).Value);
    }

    [Fact]
    public void Ten_thousand_open_brackets_give_a_diagnostic_not_a_crash()
    {
        var (root, diagnostics) = Read("title: " + new string('[', 10_000));

        Assert.Null(root);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnsafeYaml, diagnostic.Code);
        Assert.Contains($"nested more than {SafeYamlReader.MaxDepth} levels", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_block_mappings_give_a_diagnostic_not_a_crash()
    {
        var yaml = string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i) + "a:\n"));

        var (root, diagnostics) = Read(yaml);

        Assert.Null(root);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnsafeYaml, diagnostic.Code);
        Assert.Contains("nested more than", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moderate_nesting_is_read()
    {
        var (root, diagnostics) = Read("tags: " + new string('[', 20) + "x" + new string(']', 20));

        Assert.Empty(diagnostics);
        Assert.IsType<YamlMapping>(root);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("off")]
    [InlineData("yes")]
    [InlineData("On")]
    [InlineData("010")]
    [InlineData("0x1F")]
    [InlineData("1_000")]
    [InlineData("03/04/2024")]
    [InlineData("2024-03-04T10:00:00+02:00")]
    [InlineData("1e3")]
    [InlineData(".inf")]
    public void Yaml_1_1_values_stay_the_text_as_written(string value)
    {
        var (root, diagnostics) = Read("value: " + value);

        Assert.Empty(diagnostics);
        var scalar = Assert.IsType<YamlScalar>(Assert.Single(Assert.IsType<YamlMapping>(root).Entries).Value);
        Assert.Equal(value, scalar.Value);
        Assert.True(scalar.IsPlain);
        Assert.False(scalar.IsNull);
    }

    [Fact]
    public void Quoted_values_are_not_plain()
    {
        var (root, _) = Read("a: \"true\"\nb: 'null'\n");

        var entries = Assert.IsType<YamlMapping>(root).Entries;
        Assert.All(entries, e => Assert.False(Assert.IsType<YamlScalar>(e.Value).IsPlain));
        Assert.All(entries, e => Assert.False(Assert.IsType<YamlScalar>(e.Value).IsNull));
    }

    [Fact]
    public void Positions_are_file_lines_offset_by_the_first_line()
    {
        var (root, diagnostics) = Read("title: A\ntags:\n  - migraine\n  - nausea\n", firstLine: 10);

        Assert.Empty(diagnostics);
        var map = Assert.IsType<YamlMapping>(root);
        Assert.Equal((10, 1), (map.Line, map.Column));
        var title = map.Find("title")!;
        Assert.Equal((10, 1), (title.Key.Line, title.Key.Column));
        Assert.Equal((10, 8), (title.Value.Line, title.Value.Column));
        var tags = Assert.IsType<YamlSequence>(map.Find("tags")!.Value);
        Assert.Equal((13, 5), (tags.Items[1].Line, tags.Items[1].Column));
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_file_line_and_column()
    {
        var (root, diagnostics) = Read("title: A\ndescription: a: b\n", firstLine: 5);

        Assert.Null(root);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterSyntax, diagnostic.Code);
        Assert.Equal("content/a.md:6:15", diagnostic.Location);
        Assert.StartsWith("YAML syntax error: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_document_is_rejected()
    {
        var (root, diagnostics) = Read("title: A\n---\ntitle: B\n", firstLine: 1);

        Assert.Null(root);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnsafeYaml, diagnostic.Code);
        Assert.Equal("content/a.md:2:1", diagnostic.Location);
        Assert.Contains("more than one YAML document", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_is_not_text_is_rejected()
    {
        var (root, diagnostics) = Read("? [a, b]\n: c\n");

        Assert.Null(root);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnsafeYaml, diagnostic.Code);
        Assert.Contains("a key must be plain text", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Empty_yaml_is_an_empty_mapping(string yaml)
    {
        var (root, diagnostics) = Read(yaml);

        Assert.Empty(diagnostics);
        Assert.Empty(Assert.IsType<YamlMapping>(root).Entries);
    }
}
