using Relevare.Static.Yaml;

namespace Relevare.Static.Tests.Yaml;

/// <summary>
/// Hand-written hostile YAML for the fast reader: every value below in every position (a mapping value, a list item,
/// a nested mapping, inside flow lists and mappings), and structures at the edges of its subset. Each is read as
/// YamlDotNet reads it, or declined; what is inside the subset must be read, what could be a finding must be declined.
/// </summary>
public sealed class FastYamlReaderTests
{
    // Values as an editor might write them, and as one should not.
    private static readonly string[] Values =
    [
        "a", "a b", "a  b", "a ", "a   ", "a #c", "a#c", "a # c # d", "a: b", "a:b", "a :", "a:", "a::b", "http://x.y/z?q=1#f",
        "-a", "- a", "-", "--", "-1", "?a", "? a", "?", ":a", ": a", ",a", "a,b", "a, b", "[a", "]a", "a]", "{a", "}a", "a}", "#a",
        "&a", "a&b", "& a", "*a", "a*", "!a", "a!", "!!str a", "|", "|-", ">", ">-", "%a", "a%", "@a", "a@b", "`a", "a`",
        "~", "null", "Null", "NULL", "true", "false", "no", "yes", "on", "010", "0x1F", "1e3", ".5", "-.inf", ".nan",
        "2026-11-25", "2026-11-25T10:00:00Z", "10:30", "1:2:3", "é", "naïve café", "a – b", "pages: 357–367", "\u00A0a",
        "a\u00A0", "😀", "a😀b", "a\u0085b", "a\u2028b", "a\u2029b", "\uFEFFa", "a\uFFFE", "a\u007Fb", "a\u0001b", "a\tb",
        "a\rb", "'a'", "'a''b'", "''''", "'a\"b'", "'a\\b'", "'a", "'a' b", "'a' #c", "'a'#c", "'a':", "'a': b", "''", "' a '",
        "'a # b'", "'a: b'", "'a\tb'", "\"a\"", "\"a\\\"b\"", "\"a\\\\b\"", "\"a\\/b\"", "\"a\\nb\"", "\"a\\tb\"", "\"a\\x41\"",
        "\"a\\u0041\"", "\"a\\U00000041\"", "\"a\\0\"", "\"a\\e\"", "\"a\\ b\"", "\"a\\_b\"", "\"a\\N\"", "\"a\\L\"", "\"a\\", "\"a\\\"",
        "\"a", "\"a\" b", "\"a\" #c", "\"a\"#c", "\"a\":", "\"a\": b", "\"\"", "\" a \"", "\"a'b\"", "\"a#b\"", "\"a: b\"",
        "\"a\tb\"", "\"\\u00A0\"", "\"\\u00a0\"", "\"x\\u00e9y\"", "\"\\u0000\"", "\"\\u001b\"", "\"\\uD800\"", "\"\\u2028\"",
        "\"\\u00\"", "\"\\u00A\"", "\"\\uZZZZ\"", "\"\\u0085\"", "\"\\uFEFF\"", "\"\\u+0A0\"", "\"\\u 0A0\"", "\"\\u-0A0\"", "\"\\\"\"", "\"a\"\"b\"", "[]", "[ ]", "[a]", "[a, b]", "[a,b]", "[ a , b ]", "[a, b,]", "[a,, b]", "[,a]",
        "[a b, c]", "[\"a\", 'b']", "[a, [b]]", "[[a]]", "[a, {b: c}]", "[a: b]", "[a:b]", "[a, b:]", "[a #c]", "[a#c]", "[a",
        "[a, b", "[a] b", "[a] #c", "[a]#c", "[a]]", "[-a]", "[- a]", "[?a]", "[a?]", "[&a]", "[*a]", "[!a]", "[|a]", "[a|b]",
        "[~]", "[null, true, 010]", "[\"a\\\"b\"]", "['a''b']", "['a', \"b\\x41\"]", "[é, ñ]", "[a\u00A0b]", "[ a ]",
        "[\"a\" , 'b' ]", "[\"a\"b]", "[a'b]", "[a\"b]", "{}", "{ }", "{a: b}", "{ a: b, c: \"d\" }", "{a: b, a: c}", "{a:b}",
        "{a: }", "{a:}", "{a}", "{a: b,}", "{,a: b}", "{\"a\": b}", "{'a': b}", "{a: [b]}", "{a: {b: c}}", "{a: b", "{a: b} c",
        "{a: b} #c", "{a: b}#c", "{ placeholder: pending, why: \"x: y\" }", "{a: b c, d: 'e f'}", "{a: b: c}", "{a: b #c}",
        "{a b: c}", "{a: -b}", "{a: ~}", "{a: &b c}", "{a: *b}", "{a: !b c}", "{1: a}", "{a.b: c}", "{a/b: c}", "{-a: b}",
    ];

    // Where a value can stand; {0} is the value.
    private static readonly string[] Places =
    [
        "key: {0}",
        "x: 1\nkey: {0}\ny: 2",
        "list:\n  - {0}\n  - b",
        "list:\n- {0}\nafter: 1",
        "m:\n  k: {0}\n  l: 2",
        "refs:\n  - key: {0}\n    other: b\n  - key: c",
        "seq: [{0}]",
        "seq: [a, {0}, c]",
        "map: {{ k: {0} }}",
        "- {0}",
        "{0}",
    ];

    public static TheoryData<string> Hostile()
    {
        var inputs = Places.SelectMany(place => Values.Select(value => string.Format(System.Globalization.CultureInfo.InvariantCulture, place, value)))
            .Concat(Structures);
        var data = new TheoryData<string>();
        foreach (var input in inputs.Distinct(StringComparer.Ordinal))
        {
            data.Add(input);
        }

        return data;
    }

    // Structures at the edges of the subset: comments, blank lines, indentation, nesting, keys, documents.
    private static readonly string[] Structures =
    [
        "", "\n", "\n\n", "  ", "  \n  ", "# c", "# c\n\n", "#", "a: 1", "a: 1\n", "a: 1\n\n\n", "\n\na: 1", "# c\na: 1", "a: 1 # c",
        "a: 1 #", "a: # c", "a:  # c\nb: 2", "a: 1\n# c\nb: 2", "a: 1\n  # c\nb: 2", "a: 1\n    # c\nb: 2", "a: b\n  c",
        "a: b\n c", "a: b\n\n  c", "a: b\n  # c\n  d", "a: b\n  # c\nd: e", "a: \"b\n  c\"", "a: 'b\n c'", "a: |\n  x", "a: >\n  x",
        "a: |-\n  x\nb: 1", "a:\n  b: 1\n  c: 2", "a:\n  b: 1\n   c: 2", "a:\n   b: 1\n  c: 2", "a:\n  b: 1\nc: 2", "a:\n  b:\n    c: 1",
        "a:\n  b:\n    c: 1\n  d: 2\ne: 3", "a:\n  b:\n    c: 1\n d: 2", "a:\n- x\n- y\nb: 1", "a:\n  - x\n  - y\nb: 1",
        "a:\n  - x\n - y", "a:\n  - x\n    - y", "a:\n  - x\n   - y", "a:\n  - x\n  b: 1", "a:\n- x\n  b: 1", "a:\n- x\n - y",
        "a:\n  - k: 1\n    l: 2\n  - k: 3", "a:\n  - k: 1\n   l: 2", "a:\n  - k: 1\n      l: 2", "a:\n  -   k: 1\n      l: 2",
        "a:\n  - k: 1\n    l:\n      m: 2\n  - k: 2", "a:\n  - k:\n    - x", "a:\n  - k:\n    - x\n    l: 1", "a:\n  - k:\n      m: 1",
        "a:\n  - k: 1\n    k: 2", "a:\n  -\n    x", "a:\n  - ", "a:\n  -", "a:\n  -x", "a:\n  - - x", "a:\n  - # c\n    x",
        "a:\n  - x # c\n  - y", "a:\n  # c\n  - x", "a:\n# c\n- x", "a:\n\n  - x\n\n  - y\n\nb: 1", "a: 1\na: 2", "a:\n  b: 1\n  b: 2",
        "a: {b: 1}\nb: 2", "a: 1\nb:\n  a: 2", "---\na: 1", "a: 1\n---\nb: 2", "a: 1\n...\n", "a: 1\n...", "%YAML 1.2\n---\na: 1",
        "a: 1\n--- x", "a: 1\n---", "a:\n  ---", "a: ---", "a: ...", "  a: 1\n  b: 2", "  a: 1\nb: 2", "a: 1\n  b: 2", "a:   1",
        "a:    ", "a:\n\n  b: 1", "a:\n# c\n  b: 1", "a:\n  # c\n  b: 1", "? a\n: b", "a : 1", "a :1", "a:1", "\"a\": 1", "'a': 1",
        "a b: 1", "a.b: 1", "a/b: 1", "a-b: 1", "_a: 1", "1: a", "-a: 1", ".a: 1", "a\t: 1", "\ta: 1", "a:\t1", "a: 1\t", "a: 1\n\t",
        "a:\n\t- x", "a: &x 1\nb: *x", "a: !!str 1", "a: !tag 1", "[a, b]", "- a\n- b", "a", "\"a\"", "{a: 1}", "a: 1\r\nb: 2",
        "a: [b,\n  c]", "a: {b: 1,\n  c: 2}", "a: [b]\n  c", "a: {b: c}\n  d", "a: \"b\"\n  c", "a: 'b'\n\n  c", "a: 1\n\n\nb: 2\n\n",
        "title: Ketamine\ndate: 2026-11-25\ntags: [a, b]\nreferences:\n  - key: x\n    authors: [A B, C D]\n    year: 2014",
        "a:\n  b: 1\n c: 2", "- a: 1", "a: -1", "a: - 1", "a:- 1", "a: 1 #c\n#d\n  #e\nb: 2 # f", "a:\n  b: [1, 2]\n  c: {d: e}",
        "a:\n    - x\n    - y\n  b: 1", "a:\n  b:\n  c: 1", "a:\n  b:\nc:", "a:", "a:\n", "a:\n\n", "a:\n  - b:\n  - c",
        "\uFEFFa: 1", "a: 1\u0085b: 2", "a: 1\u2028b: 2", "a: \"\\u00e9\"", "\"\": page", "'': page", "\"a\" : 1", "\"a\":1", "\"a\": 1\n\"a\": 2", "\"a\": 1\na: 2", "'a''b': 1", "\"a\\\"b\": 1",
        "\"content/a.md\":\n  reviewer: x\n  fingerprint: \"sha256:ab\"", "x:\n  \"\": 1\n  \"b\": 2", "- \"a\": 1", "a: {\"b\": 1}", "a: 'x'  ", "a: \"x\"  \nb: 'y'  # c",
        string.Join('\n', Enumerable.Range(0, 20).Select(i => new string(' ', 2 * i) + "k" + i + ":")) + " v",
        string.Join('\n', Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "k" + i + ":")) + " v",
        new string('k', 120) + ": 1", new string('k', 200) + ": 1", new string('k', 1100) + ": 1", "a: " + new string('x', 1100),
        "a: [" + string.Join(", ", Enumerable.Range(0, 300)) + "]", "a: \"" + new string('x', 2000) + "\"",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_YAML_is_read_as_YamlDotNet_reads_it_or_declined(string yaml) => FastYamlAgreement.Check(yaml);

    [Fact]
    public void Many_hostile_inputs_are_tested()
    {
        var count = Hostile().Count;
        Assert.True(count >= 500, $"only {count} hostile inputs");
    }

    [Theory]
    [InlineData("title: Ketamine for migraine")]
    [InlineData("title: \"Ketamine: risks and benefits\"\ndescription: 'It''s safe'")]
    [InlineData("tags: [migraine, ketamine, infusion therapy]")]
    [InlineData("tags:\n  - migraine\n  - ketamine")]
    [InlineData("tags:\n- migraine\n- ketamine\ndate: 2026-11-25")]
    [InlineData("reviewed: { placeholder: pending, why: \"nobody has reviewed this page yet\" }")]
    [InlineData("# a comment\ntitle: x # another\n\n  # an indented one\ndate: 2026-11-25")]
    [InlineData("references:\n  - key: a\n    authors: [A, B]\n    title: \"T\"\n  - key: b\n    year: 2018")]
    [InlineData("medical:\n  reviewed: 2026-11-25\n  conditions:\n    - migraine\n  nested:\n    deeper: yes")]
    [InlineData("description: Cómo las infusiones – ayudan, qué esperar")]
    [InlineData("url: https://www.nhs.uk/conditions/migraine/\ndoi: 10.1097/AAP.0000000000000827")]
    [InlineData("empty:\nnext: 1\nlast:")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void The_common_subset_is_read(string yaml) =>
        Assert.True(FastYamlAgreement.Check(yaml), "the fast reader declined YAML of its subset");

    [Theory]
    [InlineData("a: 1\na: 2")] // duplicate key: YamlDotNet's path reports it
    [InlineData("a: {b: 1, b: 2}")]
    [InlineData("\ta: 1")] // tab
    [InlineData("a: b\tc")]
    [InlineData("a: &x 1\nb: *x")] // anchor, alias
    [InlineData("a: !!str 1")] // tag
    [InlineData("a: \"\\e\"")] // an escape making a control character
    [InlineData("a: \"\\x41\"")] // escapes beyond the simple ones
    [InlineData("a: 1\n---\nb: 2")] // a second document
    [InlineData("a: 1\n...")]
    [InlineData("a: b\n  c")] // a plain value over two lines
    [InlineData("a: \"b\n  c\"")] // a quoted value over two lines
    [InlineData("a: |\n  x")] // block scalars
    [InlineData("a: >\n  x")]
    [InlineData("a: {b: [c]}")] // nested flow collections
    [InlineData("a: [b,\n c]")] // a flow list over two lines
    [InlineData("a:\n  b: 1\n   c: 2")] // odd indentation
    [InlineData("a: b: c")] // ': ' inside a plain value
    [InlineData("a: -1")] // a value starting with an indicator
    [InlineData("a: 1\u0085")] // a control character
    [InlineData("a: 😀")] // a character outside the Basic Multilingual Plane
    [InlineData("- a")] // a list at the top
    public void What_could_be_a_finding_or_is_outside_the_subset_is_declined(string yaml) =>
        Assert.Null(FastYamlReader.Read(yaml, 2));

    [Fact]
    public void A_declined_text_is_read_by_YamlDotNet_with_its_diagnostics()
    {
        var diagnostics = new List<Relevare.Static.Diagnostics.Diagnostic>();
        var codes = new SafeYamlReader.Codes("RS0101", "RS0102", "RS0103");

        var root = SafeYamlReader.Read("content/a.md", "a: 1\na: 2", 2, codes, diagnostics);

        var map = Assert.IsType<YamlMapping>(root);
        Assert.Single(map.Entries);
        var duplicate = Assert.Single(diagnostics);
        Assert.Equal("RS0103", duplicate.Code);
        Assert.Equal("content/a.md:3:1", duplicate.Location);
    }

    [Fact]
    public void The_same_reader_reads_one_text_after_another_with_nothing_left_over()
    {
        // The reader is reused (per thread): a declined or nested text must leave nothing for the next one.
        Assert.Null(FastYamlReader.Read("a:\n  - k: 1\n    k: 2", 2));
        Assert.Null(FastYamlReader.Read("a: [b, c, {d: e}]", 2));
        var root = Assert.IsType<YamlMapping>(FastYamlReader.Read("x: [p, q]\ny:\n  - r", 2));

        Assert.Equal(
            "M@2:1{P@2:1\"x\": S@2:4[P@2:5\"p\", P@2:8\"q\", ], P@3:1\"y\": S@4:3[P@4:5\"r\", ], }",
            FastYamlAgreement.Describe(root));
    }
}
