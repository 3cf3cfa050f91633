using System.Reflection;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Importing;

/// <summary>Every diagnostic code has a level that site.yml's <c>checks:</c> can set, except those that protect patients and the output.</summary>
public sealed class DiagnosticLevelTests
{
    private static string WithChecks(string checks) =>
        TestSite.DefaultSiteYml.Replace("checks: { RS0707: off", "checks: { " + checks + ", RS0707: off", StringComparison.Ordinal);

    [Fact]
    public void Every_code_in_DiagnosticCodes_has_a_level()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.True(codes.Count > 50, "reflection found too few codes");
        Assert.All(codes, code => Assert.True(DiagnosticLevels.All.ContainsKey(code), $"{code} has no entry in DiagnosticLevels"));
        Assert.All(DiagnosticLevels.All.Keys, code => Assert.Contains(code, codes));
    }

    [Fact]
    public void The_editors_guide_states_every_codes_default_level_and_whether_it_can_be_changed()
    {
        var guide = File.ReadAllText(Path.Combine(Fixtures.RepositoryPaths.RepositoryRoot, "docs", "editors-guide.md"));
        foreach (var rule in DiagnosticLevels.All.Values)
        {
            var level = rule.Default == CheckLevel.Warning ? "warning" : "error";
            var row = $"| [{rule.Code}](#{rule.Code.ToLowerInvariant()}) | {level} | {(rule.IsConfigurable ? "yes" : "no")} | {rule.FixedBecause ?? ""} |";
            Assert.True(guide.Contains(row, StringComparison.Ordinal), $"docs/editors-guide.md (Levels of every code) lacks the row: {row}");
        }
    }

    [Fact]
    public void The_codes_that_protect_patients_and_the_output_cannot_be_changed()
    {
        string[] fixedCodes =
        [
            DiagnosticCodes.InvalidUtf8, DiagnosticCodes.ControlCharacter, DiagnosticCodes.FileTooLarge, DiagnosticCodes.FrontMatterUnsafeYaml,
            DiagnosticCodes.UnsafeUrl, DiagnosticCodes.InvalidAlias, DiagnosticCodes.UrlCollision, DiagnosticCodes.CheckUnsafeUrl,
            DiagnosticCodes.CheckEventHandler, DiagnosticCodes.CheckInlineScript, DiagnosticCodes.ConfigInvalidValue,
        ];

        Assert.All(fixedCodes, code => Assert.False(DiagnosticLevels.Of(code).IsConfigurable, $"{code} can be relaxed"));
        Assert.True(DiagnosticLevels.Of(DiagnosticCodes.InvalidSlug).IsConfigurable);
        Assert.True(DiagnosticLevels.Of(DiagnosticCodes.FrontMatterUnknownField).IsConfigurable);
        Assert.True(DiagnosticLevels.Of(DiagnosticCodes.RawHtmlEscaped).IsConfigurable);
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_can_be_switched_off_the_page_is_then_not_published()
    {
        var result = TestSite.Build($"""
            -- site.yml --
            {WithChecks("RS0502: off")}
            -- content/About_Us.md --
            ---
            title: About
            ---
            Text.
            -- content/index.md --
            ---
            title: Home
            ---
            Home.
            """);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidSlug);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("About", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_unknown_field_at_warning_keeps_the_page_and_leaves_the_field_out()
    {
        var result = TestSite.Build($"""
            -- site.yml --
            {WithChecks("RS0203: warning")}
            -- content/index.md --
            ---
            title: Home
            colour: blue
            ---
            Home.
            """);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        var warning = result.Diagnostics.SingleWithCode(DiagnosticCodes.FrontMatterUnknownField);
        Assert.False(warning.IsError);
        Assert.Contains("<h1>Home</h1>", result.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_can_be_made_an_error()
    {
        var result = TestSite.Build($"""
            -- site.yml --
            {WithChecks("RS0004: error")}
            -- content/index.md --
            ---
            title: Home
            ---
            Home.
            -- content/notes.txt --
            not a page
            """);

        Assert.True(result.Diagnostics.SingleWithCode(DiagnosticCodes.NotPublished).IsError);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("RS0302: off", "RS0302 cannot be changed")]
    [InlineData("RS0302: warning", "RS0302 cannot be changed")]
    [InlineData("RS0720: off", "RS0720 cannot be changed")]
    [InlineData("RS0212: warning", "RS0212 cannot be changed")]
    [InlineData("RS0001: off", "RS0001 cannot be changed")]
    [InlineData("RS0104: off", "RS0104 cannot be changed")]
    public void Relaxing_a_protected_code_is_a_configuration_error_that_says_why(string setting, string expected)
    {
        var result = TestSite.Build($"""
            -- site.yml --
            {WithChecks(setting)}
            """);

        var error = result.Diagnostics.SingleWithCode(DiagnosticCodes.ConfigInvalidValue);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("site.yml", error.Path);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void Saying_a_protected_code_is_an_error_is_accepted()
    {
        var result = TestSite.Build($"""
            -- site.yml --
            {WithChecks("RS0302: error")}
            -- content/index.md --
            ---
            title: Home
            ---
            Home.
            """);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
    }

    [Fact]
    public void An_unknown_code_is_refused_with_a_suggestion()
    {
        var result = TestSite.Build($"""
            -- site.yml --
            {WithChecks("RS0520: off")}
            """);

        var error = result.Diagnostics.SingleWithCode(DiagnosticCodes.ConfigUnknownKey);
        Assert.Contains("unknown diagnostic code 'RS0520'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_drops_off_and_changes_severity_only_for_configurable_codes()
    {
        var at = new SourceLocation("content/a.md", 1, 1);
        var levels = new Dictionary<string, CheckLevel>
        {
            [DiagnosticCodes.InvalidSlug] = CheckLevel.Off,
            [DiagnosticCodes.FrontMatterUnknownField] = CheckLevel.Warning,
            [DiagnosticCodes.UnsafeUrl] = CheckLevel.Off, // cannot happen through site.yml; Apply ignores it anyway
        };

        Assert.Null(DiagnosticLevels.Apply(levels, Diagnostic.Error(DiagnosticCodes.InvalidSlug, at, "m")));
        Assert.False(DiagnosticLevels.Apply(levels, Diagnostic.Error(DiagnosticCodes.FrontMatterUnknownField, at, "m"))!.IsError);
        Assert.True(DiagnosticLevels.Apply(levels, Diagnostic.Error(DiagnosticCodes.UnsafeUrl, at, "m"))!.IsError);
    }
}
