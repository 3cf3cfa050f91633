using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using static Relevare.Static.Tests.Checks.CheckHarness;

namespace Relevare.Static.Tests.Checks;

/// <summary>The options that choose what is checked: --only/--skip, ignored URLs and folders, index names, page extensions.</summary>
public sealed class ScopeOptionTests
{
    private static string[] Findings(CheckOptions options, params (string Path, string Content)[] files) =>
        Summaries(Check(options, files).Diagnostics);

    [Fact]
    public void Only_and_skip_take_codes_and_groups_separated_by_commas()
    {
        var errors = new List<string>();
        var levels = CheckSelection.Apply(ImmutableSortedDictionary<string, CheckLevel>.Empty, ["links,RS0705"], ["rs0703", "RS0730"], errors);
        Assert.Empty(errors);
        var on = CheckRules.All.Keys.Where(code => (levels.TryGetValue(code, out var level) ? level : CheckRules.All[code].DefaultLevel) != CheckLevel.Off);
        Assert.Equal(["RS0701", "RS0702", "RS0704", "RS0705", "RS0718", "RS0719", "RS0740", "RS0807", "RS0808"], on);
    }

    [Fact]
    public void Unknown_names_are_errors_with_a_suggestion()
    {
        var errors = new List<string>();
        CheckSelection.Apply(ImmutableSortedDictionary<string, CheckLevel>.Empty, ["link"], ["RS9999"], errors);
        Assert.Equal(2, errors.Count);
        Assert.Contains("did you mean 'links'?", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("--skip 'RS9999'", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_keeps_the_levels_of_the_other_checks()
    {
        var errors = new List<string>();
        var levels = CheckSelection.Apply(ImmutableSortedDictionary<string, CheckLevel>.Empty.Add("RS0703", CheckLevel.Error), [], ["images"], errors);
        Assert.Equal(CheckLevel.Error, levels["RS0703"]);
        Assert.Equal(CheckLevel.Off, levels["RS0705"]);
        Assert.Equal(CheckLevel.Off, levels["RS0727"]);
    }

    [Fact]
    public void Ignored_urls_match_anywhere_and_internal_ones_exactly()
    {
        var options = CheckOptions.Default with
        {
            IgnoreUrls = [new Regex(@"legacy[\w-]*\.html")],
            IgnoreInternalUrls = ImmutableHashSet.Create(StringComparer.Ordinal, "/drafts/", "#"),
        };
        var body = "<a href=\"old/legacy-2019.html\">Old</a> <a href=\"/drafts/\">Drafts</a> <a href=\"drafts/\">Relative drafts</a> <a href=\"#\">Top</a> <a href=\"http://legacy1.html.example/\">Old host</a>";
        Assert.Equal(["RS0701 index.html:7:70"], Findings(options, ("index.html", Page(body))));
    }

    [Fact]
    public void Pages_in_ignored_folders_are_not_checked_but_are_still_link_targets()
    {
        var options = CheckOptions.Default with { IgnoreDirs = [new Regex("^vendor/")] };
        var vendor = ("vendor/widget/index.html", "<p>no doctype, no title <a href=\"/nowhere/\">x</a></p><h2 id=\"api\">API</h2>");
        var home = ("index.html", Page("<a href=\"/vendor/widget/#api\">Widget</a> <a href=\"/vendor/widget/#nope\">Nope</a>"));
        Assert.Equal(["RS0702 index.html:7:42"], Findings(options, home, vendor));
    }

    [Fact]
    public void The_root_folder_is_matched_as_dot_slash()
    {
        var options = CheckOptions.Default with { IgnoreDirs = [new Regex(@"^\./$")] };
        Assert.Empty(Findings(options, ("index.html", "<p>not a page at all</p>")));
        Assert.True(options.IsInIgnoredDir("index.html"));
        Assert.False(options.IsInIgnoredDir("a/index.html"));
    }

    [Fact]
    public void Folder_urls_serve_the_directory_index_names_in_order()
    {
        var options = CheckOptions.Default with { DirectoryIndexes = ["index.htm", "default.html"], PageExtensions = [".htm", ".html"] };
        var home = ("index.htm", Page("<a href=\"/docs/\">Docs</a> <a href=\"/news/\">News</a> <a href=\"/docs\">No slash</a> <a href=\"/empty/\">Empty</a>"));
        var files = new[] { home, ("docs/default.html", Page("<a href=\"/\">Home</a>")), ("news/index.htm", Page("<a href=\"/\">Home</a>")), ("empty/index.html", Page("<p>x</p>")) };
        Assert.Equal(["RS0703 index.htm:7:53", "RS0701 index.htm:7:82", "RS0730 empty/index.html:1:1"], Findings(options, files).OrderBy(f => f.Contains("empty/", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void Only_files_with_a_page_extension_are_parsed()
    {
        var options = CheckOptions.Default with { PageExtensions = [".html"] };
        var result = Check(options, ("index.html", Page("<a href=\"/old.htm\">Old</a>")), ("old.htm", "<p>not checked</p>"));
        Assert.Equal(1, result.Pages);
        Assert.Empty(result.Diagnostics);
    }
}
