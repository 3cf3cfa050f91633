namespace Relevare.Static.Tests.Medical;

public sealed class ReadabilityCheckTests
{
    // 12 sentences of hard words, well over the 100 words a grade needs.
    private static readonly string Hard = string.Join(" ", Enumerable.Repeat(
        "Intravenous ketamine administration demonstrates considerable analgesic effectiveness in refractory neurological conditions.", 12));

    // Grade 12.3: long sentences of ordinary words.
    private static readonly string Medium = string.Join(" ", Enumerable.Repeat(
        "Ketamine infusions may help some people with persistent headaches that other medicines have not relieved.", 8));

    private static readonly string Easy = string.Join(" ", Enumerable.Repeat("We will help you feel at ease. You can ask us what you want.", 10));

    private static BuildResult Build(string body, string extra = "")
    {
        var page = MedicalSite.HealthPage($"reviewed: 2026-11-20\nreviewer: mallek\n{extra}", body + "\n");
        return MedicalSite.Build(page);
    }

    [Fact]
    public void A_page_above_the_target_is_a_warning_at_its_hardest_sentence()
    {
        var warning = Assert.Single(Build("Short intro.\n\n" + Hard).Diagnostics);

        Assert.Equal(("RS0612", "content/conditions/migraine.md:9:1", false), (warning.Code, warning.Location, warning.IsError));
        Assert.StartsWith("the page reads at grade ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("above the site's target of 8", warning.Message, StringComparison.Ordinal);
        Assert.Contains("its hardest sentence (grade ", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("starts here: “Intravenous ketamine administration demonstrates…”", warning.Message, StringComparison.Ordinal);
        Assert.Contains("(rewrite next: line 9 “Intravenous ketamine administration demonstrates…” (grade ", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_names_the_hardest_sentences_with_their_lines()
    {
        var page = Build("Short intro.\n\nWe will help you.\n\n" + Hard).Health!.Pages.Single(p => p.IsHealthPage);

        Assert.Equal(3, page.HardestSentences.Length);
        Assert.All(page.HardestSentences, h => Assert.Equal(11, h.Line));
        Assert.Equal([1, 126, 251], page.HardestSentences.Select(h => h.Column).Order().ToArray());
        Assert.All(page.HardestSentences, h => Assert.True(h.Grade > 8, $"grade {h.Grade}"));
        Assert.Equal("Intravenous ketamine administration demonstrates…", page.HardestSentences[0].Excerpt);
    }

    [Fact]
    public void A_page_within_the_target_names_no_hard_sentences()
    {
        var page = Build(Easy).Health!.Pages.Single(p => p.IsHealthPage);

        Assert.Empty(page.HardestSentences);
    }

    [Fact]
    public void A_plain_page_passes() => Assert.Empty(Build(Easy).Diagnostics);

    [Fact]
    public void Code_tables_and_headings_are_not_main_text()
    {
        var body = Easy + "\n\n## Intravenous ketamine administration demonstrates considerable effectiveness\n\n```\n" + Hard + "\n```\n\n| a | b |\n| - | - |\n| " + Hard + " | x |\n\n    " + Hard + "\n";

        var result = Build(body);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(140, result.Health!.Pages.Single(p => p.IsHealthPage).Readability.Words);
    }

    [Fact]
    public void A_short_page_is_scored_but_not_held_to_the_target()
    {
        var result = Build("Intravenous ketamine administration demonstrates considerable analgesic effectiveness.");

        Assert.Empty(result.Diagnostics);
        var page = result.Health!.Pages.Single(p => p.IsHealthPage);
        Assert.True(page.Readability.Grade > 8);
        Assert.False(page.IsAboveReadabilityLimit);
    }

    [Fact]
    public void A_justified_exemption_raises_the_limit_for_that_page()
    {
        var result = Build(Medium, "readability_exception:\n  max_grade: 13\n  reason: \"It explains the research in the words the studies use.\"");

        Assert.Empty(result.Diagnostics);
        var page = result.Health!.Pages.Single(p => p.IsHealthPage);
        Assert.Equal(12.3, page.Readability.Grade);
        Assert.Equal((13.0, "It explains the research in the words the studies use."), (page.ReadabilityLimit, page.ReadabilityExemptionReason));
    }

    [Fact]
    public void An_exemption_still_warns_above_its_own_limit()
    {
        var warning = Assert.Single(Build(Hard, "readability_exception: { max_grade: 10, reason: \"It explains the research in the words the studies use.\" }").Diagnostics);

        Assert.Contains("above this page's readability_exception max_grade of 10", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("readability_exception: { max_grade: 10 }", "the readability exception has no written reason", "content/conditions/migraine.md:5:24")]
    [InlineData("readability_exception: { max_grade: 10, reason: technical }", "the reason 'technical' is too short to explain the exception", "content/conditions/migraine.md:5:49")]
    [InlineData("readability_exception: { reason: \"It explains the research in the words the studies use.\" }", "the readability exception has no 'max_grade'", "content/conditions/migraine.md:5:24")]
    [InlineData("readability_exception: { max_grade: ten, reason: \"It explains the research in the words the studies use.\" }", "'max_grade' must be a school grade from 1 to 20 (e.g. 10 or 9.5)", "content/conditions/migraine.md:5:37")]
    [InlineData("readability_exception: yes", "'readability_exception' must give 'max_grade' and 'reason'", "content/conditions/migraine.md:5:24")]
    public void An_exemption_needs_a_grade_and_a_written_reason(string line, string message, string location)
    {
        var error = Assert.Single(Build(Easy, line).Diagnostics);

        Assert.Equal(("RS0613", message, location), (error.Code, error.Message, error.Location));
    }

    [Fact]
    public void The_site_can_set_its_own_target()
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2026-11-20\nreviewer: mallek", Medium + "\n"));
        Assert.Equal("RS0612", Assert.Single(MedicalSite.Build(files).Diagnostics).Code);

        files["site.yml"] = files["site.yml"].Replace("  health_types: [article]", "  health_types: [article]\n  readability_target_grade: 13", StringComparison.Ordinal);

        Assert.Empty(MedicalSite.Build(files).Diagnostics);
    }
}
