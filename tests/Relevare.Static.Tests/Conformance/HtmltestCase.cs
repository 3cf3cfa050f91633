using System.Collections.Immutable;
using System.Text.Json;

namespace Relevare.Static.Tests.Conformance;

/// <summary>One case of htmltest's test suite, as ../shared/conformance/htmltest/cases.json records it (its README explains each field).</summary>
/// <param name="Name">The Go test name, e.g. <c>TestAnchorHashSelfBroken</c>.</param>
/// <param name="Kind">The kind of check (<c>check</c> in the JSON), e.g. <c>link-hash</c>.</param>
/// <param name="DirectoryMode">True when every page under <see cref="Fixture"/> is checked; false when only that file is.</param>
/// <param name="Fixture">The page (file mode) or folder (directory mode), relative to <c>fixtures/</c>.</param>
/// <param name="SiteRoot">The folder that acts as the web root, relative to <c>fixtures/</c>.</param>
/// <param name="Options">The htmltest options that differ from its defaults.</param>
/// <param name="ExpectedIssues">The number of error-level issues htmltest reports, or null when the suite does not assert one.</param>
/// <param name="ExpectedDocuments">The number of documents htmltest finds (directory mode), or null.</param>
internal sealed record HtmltestCase(
    string Name,
    string Kind,
    bool DirectoryMode,
    string Fixture,
    string SiteRoot,
    ImmutableSortedDictionary<string, JsonElement> Options,
    int? ExpectedIssues,
    int? ExpectedDocuments)
{
    /// <summary>Reads every case of <paramref name="path"/>.</summary>
    public static IReadOnlyList<HtmltestCase> Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. json.RootElement.EnumerateArray().Select(c => new HtmltestCase(
            c.GetProperty("name").GetString()!,
            c.GetProperty("check").GetString()!,
            c.GetProperty("mode").GetString() == "directory",
            c.GetProperty("fixture").GetString()!,
            c.GetProperty("site_root").GetString()!,
            c.GetProperty("options").EnumerateObject().ToImmutableSortedDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal),
            Number(c, "expected_issues"),
            Number(c, "expected_documents")))];
    }

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
