using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Incremental;
using Relevare.Static.Site;
using Relevare.Static.Templating;

namespace Relevare.Static.Tests.Incremental;

public sealed class BuildCacheTests
{
    // The page layout lists every page (as navigation does), so a title change is seen by every page.
    private const string Site = """
        -- templates/layouts/page.html --
        <h1>{{ page.title }}</h1>
        <nav>{{ for p in site.pages }}<a href="{{ p.url }}">{{ p.title }}</a>{{ end }}</nav>
        {{ page.content }}
        -- content/index.md --
        ---
        title: Home
        ---
        See [about](about.md) and [migraine](conditions/migraine.md).
        -- content/about.md --
        ---
        title: About
        ---
        About us.
        -- content/contact.md --
        ---
        title: Contact
        ---
        Call us.
        -- content/conditions/migraine.md --
        ---
        title: Migraine
        date: 2026-01-01
        ---
        Text about migraine.
        """;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void A_body_edit_re_renders_only_that_page_and_keeps_the_other_files_memory()
    {
        var files = TestSite.Files(Site);
        var cache = new BuildCache();
        var first = Build(files, cache);
        Assert.Equal(new BuildCacheStatistics(4, 0, 4, 0, 4, 0), cache.LastBuild);

        files["content/about.md"] = Utf8.GetBytes("---\ntitle: About\n---\nAbout us, edited.\n");
        var second = Build(files, cache);

        Assert.Equal(new BuildCacheStatistics(1, 3, 1, 3, 1, 3), cache.LastBuild);
        Assert.Contains("About us, edited.", second.Text("about/index.html"), StringComparison.Ordinal);
        foreach (var path in new[] { "index.html", "contact/index.html", "conditions/migraine/index.html" })
        {
            Assert.True(SameMemory(first, second, path), $"{path} was rendered again");
        }

        AssertSameAsCleanBuild(files, second);
    }

    [Fact]
    public void A_title_edit_re_renders_every_page_because_every_page_lists_the_titles()
    {
        var files = TestSite.Files(Site);
        var cache = new BuildCache();
        Build(files, cache);

        files["content/contact.md"] = Utf8.GetBytes("---\ntitle: Contact us\n---\nCall us.\n");
        var result = Build(files, cache);

        // Every page is rendered again; the article's layout lists no titles, so its HTML is unchanged and not checked again.
        Assert.Equal(new BuildCacheStatistics(1, 3, 4, 0, 3, 1), cache.LastBuild);
        Assert.Contains(">Contact us</a>", result.Text("index.html"), StringComparison.Ordinal);
        AssertSameAsCleanBuild(files, result);
    }

    [Fact]
    public void A_front_matter_edit_that_no_listing_shows_re_renders_only_that_page()
    {
        var files = TestSite.Files(Site);
        var cache = new BuildCache();
        Build(files, cache);

        // 'updated' is not part of the page summaries in site.pages, so the other pages do not change.
        files["content/conditions/migraine.md"] = Utf8.GetBytes("---\ntitle: Migraine\ndate: 2026-01-01\nupdated: 2026-02-01\n---\nText about migraine.\n");
        var result = Build(files, cache);

        // The page is rendered again, but its layout does not show 'updated': same HTML, so not checked again.
        Assert.Equal(new BuildCacheStatistics(1, 3, 1, 3, 0, 4), cache.LastBuild);
        AssertSameAsCleanBuild(files, result);
    }

    // The shortcut of BuildSession.SiteGlobal: after a body-only edit the previous site template model is reused.
    // That is only right while the model (page summaries) does not depend on page bodies. If this fails, a summary
    // now shows something of the body (an excerpt, a reading time): make BuildSession.SiteGlobal compare bodies too.
    [Fact]
    public void The_site_template_model_does_not_depend_on_page_bodies()
    {
        const string Bodies = """
            -- content/about.md --
            ---
            title: About
            description: All about the clinic and its people.
            ---
            # A heading

            Some text with a [link](index.md), a footnote[^1] and **emphasis**.

            [^1]: A note.
            """;
        var files = TestSite.Files(Site + "\n" + Bodies);
        var other = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        foreach (var path in files.Keys.Where(p => p.StartsWith("content/", StringComparison.Ordinal)))
        {
            var text = Utf8.GetString(files[path]);
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
            other[path] = Utf8.GetBytes(text[..end] + "\nA different body, much longer than the first one. " + string.Concat(Enumerable.Repeat("More words here. ", 50)) + "\n");
        }

        var withBodies = SiteModelOf(files);
        var withOtherBodies = SiteModelOf(other);

        Assert.Equal(
            SiteFingerprint.OfSite(TemplateModel.Site(withBodies), withBodies.LinkTargets),
            SiteFingerprint.OfSite(TemplateModel.Site(withOtherBodies), withOtherBodies.LinkTargets));
    }

    [Fact]
    public void A_template_edit_re_renders_every_page_without_validating_them_again()
    {
        var files = TestSite.Files(Site);
        var cache = new BuildCache();
        Build(files, cache);

        files["templates/base.html"] = Utf8.GetBytes("<title>{{ page.title }} | Test</title>\n{{ include layout }}\n");
        var result = Build(files, cache);

        Assert.Equal(new BuildCacheStatistics(0, 4, 4, 0, 4, 0), cache.LastBuild);
        Assert.StartsWith("<title>About | Test</title>", result.Text("about/index.html"), StringComparison.Ordinal);
        AssertSameAsCleanBuild(files, result);
    }

    [Fact]
    public void A_site_yml_edit_starts_afresh()
    {
        var files = TestSite.Files(Site);
        var cache = new BuildCache();
        Build(files, cache);

        files["site.yml"] = Utf8.GetBytes(TestSite.DefaultSiteYml.Replace("title: Test clinic", "title: Another clinic", StringComparison.Ordinal));
        var result = Build(files, cache);

        Assert.Equal(new BuildCacheStatistics(4, 0, 4, 0, 4, 0), cache.LastBuild);
        AssertSameAsCleanBuild(files, result);
    }

    [Fact]
    public void The_people_file_is_configuration_an_edit_starts_afresh_and_otherwise_everything_is_reused()
    {
        var files = Medical.MedicalSite.Files(Medical.MedicalSite.HealthPage(
            "description: How ketamine may help.\nreviewed: 2026-11-01\nreviewer: mallek", "Some people may be helped.\n"));
        var cache = new BuildCache();
        var options = new BuildOptions { Today = Medical.MedicalSite.Today };
        SiteBuilder.Build(InMemorySourceFileSystem.FromText(files), options, cache);
        var again = SiteBuilder.Build(InMemorySourceFileSystem.FromText(files), options, cache);
        Assert.Equal(new BuildCacheStatistics(0, 2, 0, 2, 0, 2), cache.LastBuild);

        files["content/_data/people.yml"] = Medical.MedicalSite.People.Replace("Dr. Mallek", "Dr. Mallek-Smith", StringComparison.Ordinal);
        var edited = SiteBuilder.Build(InMemorySourceFileSystem.FromText(files), options, cache);

        Assert.Equal(new BuildCacheStatistics(2, 0, 2, 0, 2, 0), cache.LastBuild);
        Assert.Contains("Reviewed by Dr. Mallek-Smith", Medical.MedicalSite.Html(edited, "conditions/migraine/index.html"), StringComparison.Ordinal);
        var clean = SiteBuilder.Build(InMemorySourceFileSystem.FromText(files), options);
        Assert.Equal(TestSite.Describe(clean.Diagnostics), TestSite.Describe(edited.Diagnostics));
        Assert.Equal(clean.Files.Select(f => Convert.ToBase64String(f.Content.Span)), edited.Files.Select(f => Convert.ToBase64String(f.Content.Span)));
        Assert.True(again.Succeeded, TestSite.Describe(again.Diagnostics));
    }

    // With publishing, pages name assets by content-hashed names: a changed asset must re-render the pages.
    [Fact]
    public void A_changed_asset_re_renders_the_pages_that_name_it_by_its_hashed_name()
    {
        var files = TestSite.Files(Publishing.PublishingSite.Files + """
            -- templates/base.html --
            <link rel="stylesheet" href="{{ asset "/assets/css/site.css" }}">
            {{ include layout }}
            -- content/index.md --
            ---
            title: Home
            ---
            ![A dot](/assets/images/dot.svg)
            -- assets/css/site.css --
            @import "print.css";
            -- assets/css/print.css --
            a { color: black; }
            -- assets/images/dot.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"/>
            """);
        var cache = new BuildCache();
        var first = Build(files, cache);
        Assert.True(first.Succeeded, TestSite.Describe(first.Diagnostics));
        Build(files, cache);
        Assert.Equal(0, cache.LastBuild.PagesRendered);

        files["assets/css/print.css"] = Utf8.GetBytes("a { color: navy; }\n");
        AssertSameAsCleanBuild(files, Build(files, cache));
        Assert.NotEqual(0, cache.LastBuild.PagesRendered);

        files["assets/images/dot.svg"] = Utf8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 4\"/>\n");
        AssertSameAsCleanBuild(files, Build(files, cache));
    }

    [Fact]
    public void Different_build_options_start_afresh()
    {
        var files = TestSite.Files(Site);
        var cache = new BuildCache();
        Build(files, cache);

        var result = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions(IncludeDrafts: true), cache);

        Assert.Equal(new BuildCacheStatistics(4, 0, 4, 0, 4, 0), cache.LastBuild);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Deleting_or_renaming_a_page_removes_its_output()
    {
        var files = TestSite.Files(Site);
        var cache = new BuildCache();
        Build(files, cache);

        files.Remove("content/contact.md");
        var deleted = Build(files, cache);
        Assert.DoesNotContain(deleted.Files, f => f.Path == "contact/index.html");
        AssertSameAsCleanBuild(files, deleted);

        files["content/reach-us.md"] = files["content/about.md"];
        files.Remove("content/about.md");
        var renamed = Build(files, cache);

        // Links to about.md are now broken, and reported just as a clean build reports them.
        Assert.DoesNotContain(renamed.Files, f => f.Path == "about/index.html");
        AssertSameAsCleanBuild(files, renamed);
    }

    [Fact]
    public void A_mistake_is_reported_and_the_fix_builds_again()
    {
        var files = TestSite.Files(Site);
        var cache = new BuildCache();
        Build(files, cache);

        files["content/about.md"] = Utf8.GetBytes("---\ntitle: [About\n---\nAbout us.\n");
        var broken = Build(files, cache);
        Assert.False(broken.Succeeded);
        AssertSameAsCleanBuild(files, broken);

        files["content/about.md"] = Utf8.GetBytes("---\ntitle: About\n---\nAbout us again.\n");
        var fixedResult = Build(files, cache);
        Assert.True(fixedResult.Succeeded, TestSite.Describe(fixedResult.Diagnostics));
        AssertSameAsCleanBuild(files, fixedResult);
    }

    [Fact]
    public void A_file_changed_in_place_is_seen_as_changed()
    {
        var files = TestSite.Files(Site);
        var cache = new BuildCache();
        Build(files, cache);

        var bytes = files["content/contact.md"];
        var at = Array.LastIndexOf(bytes, (byte)'C');
        bytes[at] = (byte)'K';
        var result = Build(files, cache);

        Assert.Contains("Kall us.", result.Text("contact/index.html"), StringComparison.Ordinal);
    }

    // Only a guard against a hang (a deadlocked build would otherwise stop the run): generous, because on a shared
    // machine under load the first build can take long to reach the blocking read. The verdict never depends on it.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Overlapping_builds_through_one_cache_are_refused()
    {
        var cache = new BuildCache();
        var source = new BlockingSource(TestSite.Files(Site));
        var running = Task.Run(() => SiteBuilder.Build(source, new BuildOptions(), cache));
        Assert.True(source.Entered.Wait(HangGuard), "the first build never started");
        try
        {
            Assert.Throws<InvalidOperationException>(() => SiteBuilder.Build(new InMemorySourceFileSystem(TestSite.Files(Site)), new BuildOptions(), cache));
        }
        finally
        {
            source.Release.Set();
        }

        var first = await running.WaitAsync(HangGuard);
        Assert.True(first.Succeeded);
    }

    // A random walk of edits: after each, the cached build must equal a clean build byte for byte, diagnostics
    // included. Seeded, so a failure reproduces.
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void Any_sequence_of_edits_gives_the_same_result_as_a_clean_build(int seed, bool publishing)
    {
        var random = new Random(seed);

        // With publishing: listings, hashed asset names (the base template names the style sheet by its hash).
        var files = TestSite.Files(publishing
            ? Publishing.PublishingSite.Files + Site + "\n-- templates/base.html --\n<link rel=\"stylesheet\" href=\"{{ asset \"/assets/site.css\" }}\">\n{{ include layout }}\n-- assets/site.css --\nbody { margin: 0; }\n"
            : Site);
        var cache = new BuildCache();
        var edits = new Action[]
        {
            () => files[Pick(files, random)] = Page(random, $"Title {random.Next(3)}", $"Body {random.Next(100)}."),
            () => files[$"content/p{random.Next(6)}.md"] = Page(random, $"Page {random.Next(6)}", "[home](index.md) and [gone](p9.md)"),
            () => files.Remove(Pick(files, random)),
            () => files[Pick(files, random)] = Utf8.GetBytes("---\ntitle: \"unterminated\n---\nx\n"),
            () => files[Pick(files, random)] = Page(random, "Draft", "Hidden.", draft: true),
            () => files["templates/layouts/page.html"] = Utf8.GetBytes($"<h{1 + random.Next(2)}>{{{{ page.title }}}}</h1>\n{{{{ page.content }}}}"),
            () => files["templates/layouts/page.html"] = Utf8.GetBytes("{{ page.nope }}"),
            () => files["content/conditions/migraine.md"] = Utf8.GetBytes($"---\ntitle: Migraine\ndate: 2026-01-0{1 + random.Next(3)}\n---\nSee [about](../about.md).\n"),
            () => files["content/p9.md"] = Utf8.GetBytes("no front matter\n"),
            () => files.Remove("content/p9.md"),
            () => files["assets/site.css"] = Utf8.GetBytes($"body {{ margin: {random.Next(4)}px; }}\n"),
        };

        // Mistakes are mended now and then, so that the walk goes through good builds (whose files are compared)
        // as well as failed ones (whose diagnostics are).
        var template = files["templates/layouts/page.html"];
        void Mend()
        {
            files.Remove("content/p9.md");
            files["templates/layouts/page.html"] = template;
            files.TryAdd("content/index.md", Page(random, "Home", "Welcome."));
            files.TryAdd("content/about.md", Page(random, "About", "About us."));
            if (!Utf8.GetString(files.GetValueOrDefault("content/conditions/migraine.md") ?? []).Contains("date:", StringComparison.Ordinal))
            {
                files["content/conditions/migraine.md"] = Utf8.GetBytes("---\ntitle: Migraine\ndate: 2026-01-01\n---\nText about migraine.\n");
            }

            foreach (var path in files.Keys.Where(p => p.StartsWith("content/", StringComparison.Ordinal)).ToList())
            {
                var text = Utf8.GetString(files[path]);
                if (text.Contains("unterminated", StringComparison.Ordinal) || text.Contains("p9.md", StringComparison.Ordinal) || text.Contains("draft: true", StringComparison.Ordinal))
                {
                    files[path] = Page(random, $"Mended {random.Next(3)}", "Fine.");
                }
            }
        }

        var succeeded = 0;
        for (var step = 0; step < 40; step++)
        {
            edits[random.Next(edits.Length)]();
            if (random.Next(2) == 0)
            {
                Mend();
            }

            var result = Build(files, cache);
            AssertSameAsCleanBuild(files, result);
            succeeded += result.Succeeded ? 1 : 0;
        }

        Assert.True(succeeded >= 5, $"only {succeeded} of the 40 builds succeeded: the walk compares too little output");
    }

    private static string Pick(Dictionary<string, byte[]> files, Random random)
    {
        var pages = files.Keys.Where(p => p.StartsWith("content/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return pages.Count == 0 ? "content/index.md" : pages[random.Next(pages.Count)];
    }

    private static byte[] Page(Random random, string title, string body, bool draft = false) =>
        Utf8.GetBytes($"---\ntitle: {title}\n{(draft ? "draft: true\n" : "")}---\n{body}\n\n## Part {random.Next(3)}\n");

    private static BuildResult Build(Dictionary<string, byte[]> files, BuildCache cache) =>
        SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions(), cache);

    // The site model a build made, taken from the cache it filled.
    private static SiteModel SiteModelOf(Dictionary<string, byte[]> files)
    {
        var cache = new BuildCache();
        Assert.True(Build(files, cache).Succeeded);
        return cache.State.Site!;
    }

    private static bool SameMemory(BuildResult first, BuildResult second, string path) =>
        first.Files.Single(f => f.Path == path).Content.Equals(second.Files.Single(f => f.Path == path).Content);

    private static void AssertSameAsCleanBuild(Dictionary<string, byte[]> files, BuildResult cached)
    {
        var clean = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions());
        Assert.Equal(TestSite.Describe(clean.Diagnostics), TestSite.Describe(cached.Diagnostics));
        Assert.Equal(clean.PageCount, cached.PageCount);
        Assert.Equal(clean.Files.Select(f => f.Path), cached.Files.Select(f => f.Path));
        foreach (var (expected, actual) in clean.Files.Zip(cached.Files))
        {
            Assert.True(expected.Content.Span.SequenceEqual(actual.Content.Span), $"{expected.Path} differs from a clean build");
        }
    }

    // Holds the first build inside discovery until released, to overlap a second one with it.
    private sealed class BlockingSource(Dictionary<string, byte[]> files) : ISourceFileSystem
    {
        private readonly InMemorySourceFileSystem _inner = new(files);

        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public IReadOnlyList<string> EnumerateFiles(string directory)
        {
            Entered.Set();
            Release.Wait(TimeSpan.FromSeconds(30));
            return _inner.EnumerateFiles(directory);
        }

        public bool FileExists(string path) => _inner.FileExists(path);

        public byte[] ReadAllBytes(string path) => _inner.ReadAllBytes(path);
    }
}
