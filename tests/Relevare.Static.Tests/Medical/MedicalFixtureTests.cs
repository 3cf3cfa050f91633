using Relevare.Static.Cli;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Medical;

/// <summary>
/// The intent of the medical fixtures, stated independently of their approved expected files (which
/// <see cref="FixtureTests"/> compares byte for byte): each rule's negative fixture gives its code at the right
/// place, and each positive fixture builds without a diagnostic.
/// </summary>
public sealed class MedicalFixtureTests
{
    [Theory]
    [InlineData("medical-unknown-reviewer-is-an-error-at-its-line", "RS0601", "content/conditions/migraine.md:4:11", true)]
    [InlineData("medical-health-page-without-review-date-is-an-error", "RS0603", "content/conditions/migraine.md:2:1", true)]
    [InlineData("medical-review-due-soon-warns", "RS0604", "content/conditions/migraine.md:3:1", false)]
    [InlineData("medical-overdue-review-warns-and-fails-strict", "RS0605", "content/conditions/migraine.md:3:1", false)]
    [InlineData("medical-next-review-before-reviewed-is-an-error", "RS0606", "content/conditions/migraine.md:4:14", true)]
    [InlineData("medical-unknown-citation-key-is-an-error-at-its-line", "RS0607", "content/conditions/migraine.md:35:11", true)]
    [InlineData("medical-unused-reference-warns", "RS0608", "content/conditions/migraine.md:17:5", false)]
    [InlineData("medical-strong-claim-in-cited-paragraph-warns", "RS0610", "content/conditions/migraine.md:32:52", false)]
    [InlineData("medical-missing-disclaimer-is-an-error", "RS0611", "content/conditions/migraine.md:1:1", true)]
    [InlineData("medical-hard-to-read-page-warns", "RS0612", "content/conditions/migraine.md:7:1", false)]
    [InlineData("medical-readability-exemption-without-reason-is-an-error", "RS0613", "content/conditions/migraine.md:5:49", true)]
    [InlineData("medical-missing-json-ld-is-an-error", "RS0614", "content/conditions/migraine.md:1:1", true)]
    public void A_broken_rule_gives_one_diagnostic_at_the_right_place(string fixture, string code, string location, bool isError)
    {
        var result = Build(fixture);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, location, isError), (diagnostic.Code, diagnostic.Location, diagnostic.IsError));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Hint));
        Assert.Equal(isError, result.Files.IsEmpty);
    }

    [Theory]
    [InlineData("medical-invalid-doi-and-pmid-are-errors", "RS0609", "content/conditions/migraine.md:14:10", "content/conditions/migraine.md:24:11")]
    [InlineData("medical-uncited-claim-warns", "RS0610", "content/conditions/migraine.md:34:26", "content/conditions/migraine.md:34:48")]
    public void Two_mistakes_give_two_diagnostics(string fixture, string code, string first, string second)
    {
        var result = Build(fixture);

        Assert.Equal([(code, first), (code, second)], result.Diagnostics.Select(d => (d.Code, d.Location)).ToArray());
    }

    [Fact]
    public void Each_phrase_of_the_widened_lexicon_warns_at_its_word()
    {
        var result = Build("medical-claim-lexicon-phrases-warn");

        string[] expected = ["for good", "completely safe", "no side effects", "eliminates", "guaranteed", "miracle", "breakthrough", "100%"];
        Assert.Equal(
            expected.Select((phrase, i) => ("RS0610", 33 + i, $"'{phrase}' makes a strong claim, and this sentence cites no source")).ToArray(),
            result.Diagnostics.Select(d => (d.Code, d.Line, d.Message)).ToArray());
        Assert.All(result.Diagnostics, d => Assert.False(d.IsError));
    }

    [Fact]
    public void People_file_mistakes_are_reported_in_the_people_file()
    {
        var result = Build("medical-people-file-mistakes-are-errors");

        Assert.Equal(3, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, d => Assert.Equal(("RS0602", "content/_data/people.yml"), (d.Code, d.Path)));
    }

    [Theory]
    [InlineData("medical-health-page-renders-review-citations-and-json-ld")]
    [InlineData("medical-next-review-overrides-the-interval")]
    [InlineData("medical-cited-or-careful-claims-pass")]
    [InlineData("medical-justified-readability-exemption-passes")]
    [InlineData("medical-negated-claims-pass")]
    public void A_page_that_follows_the_rules_builds_cleanly(string fixture)
    {
        var result = Build(fixture);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Files, f => f.Path == "conditions/migraine/index.html");
    }

    [Fact]
    public void The_main_positive_fixture_is_long_enough_to_be_graded_and_is_within_the_target()
    {
        var page = Build("medical-health-page-renders-review-citations-and-json-ld").Health!.Pages.Single(p => p.IsHealthPage);

        Assert.True(page.Readability.Words >= 100, $"{page.Readability.Words} words");
        Assert.InRange(page.Readability.Grade, 0, 8);
        Assert.False(page.IsAboveReadabilityLimit);
    }

    private static BuildResult Build(string fixture)
    {
        var folder = RepositoryPaths.Fixture(fixture);
        return SiteBuilder.Build(new PhysicalSourceFileSystem(folder), new BuildOptions { Today = FixtureTests.TodayOf(folder) });
    }
}
