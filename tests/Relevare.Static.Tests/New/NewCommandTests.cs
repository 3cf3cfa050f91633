using Relevare.Static.Cli;
using Relevare.Static.Cli.New;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.New;

public sealed class NewCommandTests
{
    [Fact]
    public void A_new_article_gets_the_archetype_with_the_title_and_today_and_a_pending_review_and_builds_as_a_draft()
    {
        using var site = TempSite.FromRepository();

        var run = CliRunner.Run("new", "article", "Ketamine for chronic pain", "--source", site.Root, "--section", "conditions", "--today", "2026-12-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Created content/conditions/ketamine-for-chronic-pain.md", run.Out, StringComparison.Ordinal);
        Assert.Contains("relevare review content/conditions/ketamine-for-chronic-pain.md --reviewer <key>", run.Out, StringComparison.Ordinal);
        var page = File.ReadAllText(site.PathOf("content/conditions/ketamine-for-chronic-pain.md"));
        Assert.StartsWith("---\ntitle: \"Ketamine for chronic pain\"\n", page, StringComparison.Ordinal);
        Assert.Contains("\ndate: 2026-12-01\n", page, StringComparison.Ordinal);
        Assert.Contains("\nreviewed: { placeholder: pending", page, StringComparison.Ordinal);
        Assert.Contains("\nreviewer: { placeholder: pending", page, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-12-01\nreviewer", page, StringComparison.Ordinal);
        Assert.Contains("\ndraft: true\n", page, StringComparison.Ordinal);

        var build = CliRunner.Run("build", "--source", site.Root, "--drafts", "--today", "2026-12-01");
        Assert.True(build.ExitCode == 0, build.ToString());
        var html = File.ReadAllText(site.PathOf("_site/conditions/ketamine-for-chronic-pain/index.html"));
        Assert.DoesNotContain("Page last reviewed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Reviewed by", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_article_published_before_its_review_fails_strict_at_every_placeholder()
    {
        using var site = TempSite.FromRepository();
        CliRunner.Run("new", "article", "Ketamine and depression", "--source", site.Root, "--section", "conditions", "--today", "2026-12-01");
        var path = site.PathOf("content/conditions/ketamine-and-depression.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("draft: true\n", "", StringComparison.Ordinal));

        var build = CliRunner.Run("build", "--source", site.Root, "--today", "2026-12-01", "--strict");

        Assert.Equal(1, build.ExitCode);
        var findings = Governance.ClinicPlaceholders.Printed(build.Error).Where(f => f.Contains("ketamine-and-depression", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "RS0617 content/conditions/ketamine-and-depression.md:3:15",
                "RS0616 content/conditions/ketamine-and-depression.md:8:11",
                "RS0616 content/conditions/ketamine-and-depression.md:9:11",
                "RS0617 content/conditions/ketamine-and-depression.md:13:1",
                "RS0617 content/conditions/ketamine-and-depression.md:15:4", // merged into the line of 13:1 ("and 2 more")
                "RS0617 content/conditions/ketamine-and-depression.md:19:1",
            ],
            findings);
        Assert.Contains("(and 2 more: content/conditions/ketamine-and-depression.md:15:4, content/conditions/ketamine-and-depression.md:19:1)", build.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archetype_that_fills_in_a_review_is_refused()
    {
        using var site = TempSite.FromRepository();
        File.WriteAllText(site.PathOf("templates/archetypes/article.md"), "---\ntitle: {{ title }}\ndate: {{ date }}\nreviewed: {{ date }}\n---\n");

        var run = CliRunner.Run("new", "article", "Ketamine", "--source", site.Root, "--section", "conditions");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 4: sets 'reviewed', but a new page has not been reviewed", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(site.PathOf("content/conditions/ketamine.md")));
    }

    [Fact]
    public void The_type_goes_to_its_only_folder_and_the_title_is_quoted_for_yaml()
    {
        using var site = TempSite.FromRepository();
        const string Title = "Prices: \"what it costs\" # and \\ payment";

        var run = CliRunner.Run("new", "page", Title, "--source", site.Root, "--today", "2026-12-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Created content/prices-what-it-costs-and-payment.md", run.Out, StringComparison.Ordinal);
        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(site.Root), new BuildOptions(IncludeDrafts: true));
        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        Assert.Contains(
            "<title>Prices: &quot;what it costs&quot; # and \\ payment | ",
            result.Text("prices-what-it-costs-and-payment/index.html"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var site = TempSite.FromRepository();
        var existing = site.PathOf("content/about.md");
        var before = File.ReadAllBytes(existing);

        var run = CliRunner.Run("new", "page", "About", "--source", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/about.md already exists; it was left unchanged", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(existing));
    }

    [Fact]
    public void Today_comes_from_the_clock_when_not_given()
    {
        using var site = TempSite.FromRepository();
        using var stdout = new StringWriter();
        var command = new NewCommand(new CliEnvironment(stdout, TextWriter.Null, GitHubActions: false) { Clock = new FixedClock(new DateTimeOffset(2027, 3, 4, 12, 0, 0, TimeSpan.Zero)) });

        var exit = command.Create().Parse(["page", "Visiting us", "--source", site.Root]).Invoke();

        Assert.Equal(0, exit);
        Assert.Contains("\nupdated: 2027-03-04\n", File.ReadAllText(site.PathOf("content/visiting-us.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "article", "Ketamine for pain" }, "choose one with --section")]
    [InlineData(new[] { "article", "Ketamine for pain", "--section", "nope" }, "--section 'nope' is not a folder for 'article' pages")]
    [InlineData(new[] { "blog", "Ketamine for pain" }, "unknown content type 'blog'")]
    [InlineData(new[] { "home", "Welcome" }, "no folder holds 'home' pages")]
    [InlineData(new[] { "page", "偏头痛" }, "pass --slug")]
    [InlineData(new[] { "page", "Prices", "--slug", "Prices!" }, "is not a valid file name")]
    [InlineData(new[] { "page", "Prices", "--today", "01/12/2026" }, "is not a date written YYYY-MM-DD")]
    [InlineData(new[] { "page", "Prices", "--reviewer", "mallek" }, "'--reviewer'")]
    public void Mistakes_are_explained_and_nothing_is_written(string[] args, string message)
    {
        using var site = TempSite.FromRepository();
        var before = Directory.GetFiles(site.PathOf("content"), "*", SearchOption.AllDirectories).Length;

        var run = CliRunner.Run(["new", .. args, "--source", site.Root]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(site.PathOf("content"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_type_without_an_archetype_or_an_unknown_placeholder_is_reported()
    {
        using var site = TempSite.FromRepository();
        File.Delete(site.PathOf("templates/archetypes/page.md"));
        var missing = CliRunner.Run("new", "page", "Prices", "--source", site.Root);
        File.WriteAllText(site.PathOf("templates/archetypes/page.md"), "---\ntitle: {{ title }}\nauthor: {{ author }}\n---\n");
        var unknown = CliRunner.Run("new", "page", "Prices", "--source", site.Root);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no archetype for 'page': create templates/archetypes/page.md", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("templates/archetypes/page.md line 3: unknown placeholder {{ author }}", unknown.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(site.PathOf("content/prices.md")));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
