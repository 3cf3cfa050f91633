using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Tests.Yaml;

public sealed class FieldReaderTests
{
    private const string Path = "data.yml";

    private static readonly FieldCodes Codes = new("RS9901", "RS9902", "RS9903");

    private static (YamlMapping Map, FieldReader Fields, List<Diagnostic> Diagnostics) Read(string yaml, FieldWording? wording = null)
    {
        var diagnostics = new List<Diagnostic>();
        var map = (YamlMapping)SafeYamlReader.Read(Path, yaml, 1, new SafeYamlReader.Codes("RS9900", "RS9900", "RS9900"), diagnostics)!;
        Assert.Empty(diagnostics);
        return (map, new FieldReader(Path, Codes, diagnostics, wording), diagnostics);
    }

    [Fact]
    public void Values_of_the_right_type_are_read_without_a_report()
    {
        var (map, fields, diagnostics) = Read("title: Home\nflag: true\ncount: 12\nlevel: 3\nitems: [a, b]\nmode: keep\nempty: ~\n");

        Assert.Equal("Home", fields.RequiredString(map, "title"));
        Assert.True(fields.Bool(map, "flag"));
        Assert.Equal(12, fields.Int(map, "count"));
        Assert.Equal(3, fields.Int(map, "level", 1, 5, fallback: 2));
        Assert.Equal(2, fields.Int(map, "absent", 1, 5, fallback: 2));
        Assert.Equal(["a", "b"], fields.TextList(map, "items").Select(i => i.Value));
        Assert.True(fields.Enum(map, "mode", new Dictionary<string, bool> { ["keep"] = true, ["error"] = false }, false, v => v, "hint"));
        Assert.Null(fields.String(map, "empty"));
        Assert.Null(fields.String(map, "absent"));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_its_line_and_column_with_a_fix()
    {
        var (map, fields, diagnostics) = Read("title: [a]\nflag: yes\ncount: 012\nlevel: 9\nitems: text\n");

        Assert.Null(fields.String(map, "title"));
        Assert.Null(fields.Bool(map, "flag"));
        Assert.Null(fields.Int(map, "count"));
        Assert.Equal(2, fields.Int(map, "level", 1, 5, fallback: 2));
        Assert.Empty(fields.TextList(map, "items"));

        Assert.Equal(
            [
                "data.yml:1:8: error RS9901: 'title' must be text, not a list or mapping\n  hint: write 'title: some text'",
                "data.yml:2:7: error RS9901: 'flag' must be true or false\n  hint: write 'flag: true'",
                "data.yml:3:8: error RS9901: 'count' must be a whole number\n  hint: write 'count: 160'",
                "data.yml:4:8: error RS9901: 'level' must be a whole number from 1 to 5\n  hint: write e.g. 'level: 2'",
                "data.yml:5:8: error RS9901: 'items' must be a list\n  hint: write 'items: [first, second]'",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Missing_and_unknown_keys_are_reported_with_their_own_codes()
    {
        var (map, fields, diagnostics) = Read("titel: Home\n");

        Assert.False(fields.UnknownKeys(map, ["title"], "the file"));
        Assert.Null(fields.RequiredString(map, "title"));

        Assert.Equal(
            [
                "data.yml:1:1: error RS9902: unknown setting 'titel' in the file\n  hint: did you mean 'title'?",
                "data.yml:1:1: error RS9903: missing setting 'title'\n  hint: add 'title: …'",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_range_is_checked_after_the_type_and_the_value_kept_for_the_report()
    {
        var (map, fields, diagnostics) = Read("size: 0\n");

        Assert.Equal(0, fields.Between(map, "size", 1, 10, fallback: 5, example: "5"));
        Assert.Equal(5, fields.Between(map, "absent", 1, 10, fallback: 5, example: "5"));

        Assert.Equal(["data.yml:1:7: error RS9901: size must be between 1 and 10, not 0\n  hint: write 'size: 5'"], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_file_words_its_own_messages_and_text_is_trimmed()
    {
        var wording = new FieldWording
        {
            NotText = key => ($"'{key}' of 'ana' must be text", "one line"),
            Missing = key => ($"person 'ana' has no {key}", "add it"),
        };
        var (map, fields, diagnostics) = Read("name: '  Ana  '\nrole: '   '\nbio: [x]\n", wording);

        Assert.Equal("Ana", fields.Text(map, "name", required: true));
        Assert.Null(fields.Text(map, "role", required: true));
        Assert.Null(fields.Text(map, "bio", required: false));
        Assert.Null(fields.Text(map, "credentials", required: false));

        Assert.Equal(
            [
                "data.yml:2:7: error RS9903: person 'ana' has no role\n  hint: add it",
                "data.yml:3:6: error RS9901: 'bio' of 'ana' must be text\n  hint: one line",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-02-30", false)]
    [InlineData("2026-2-28", false)]
    [InlineData(null, false)]
    public void A_date_is_a_day_of_the_calendar_written_yyyy_mm_dd(string? text, bool valid) =>
        Assert.Equal(valid, FieldReader.Date(text) is not null);
}
