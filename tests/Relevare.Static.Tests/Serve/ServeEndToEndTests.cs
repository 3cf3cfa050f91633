using System.Net;

namespace Relevare.Static.Tests.Serve;

public sealed class ServeEndToEndTests
{
    [Fact]
    public async Task Edit_reload_break_and_fix_a_page_while_serving()
    {
        using var site = new SiteFolder(Serving.Site);
        await using var session = await Serving.StartAsync(site);
        using var client = Serving.Client(session);

        // The page is served with the live-reload script, tagged with the build it comes from.
        var page = await client.GetStringAsync("/about/");
        Assert.Contains("About us.", page, StringComparison.Ordinal);
        var build = session.Site.BuildId;
        Assert.Contains($"<script src=\"/__relevare/live.js\" data-build=\"{build}\" defer></script>", page, StringComparison.Ordinal);
        await using var events = await EventStream.OpenAsync(session.Url);
        Assert.Equal(build, await events.NextAsync(Serving.Patience));

        // Edit: a reload event with a new build, and the new text.
        site.Write("content/about.md", "---\ntitle: About\n---\nAbout us, edited.\n");
        var edited = await events.NextBuildAfterAsync(build, Serving.Patience);
        var editedPage = await client.GetStringAsync("/about/");
        Assert.Contains("About us, edited.", editedPage, StringComparison.Ordinal);
        Assert.Contains($"data-build=\"{edited}\"", editedPage, StringComparison.Ordinal);

        // Break: the overlay with file:line:col and message, with the script so that it reloads; assets stay.
        site.Write("content/about.md", "---\ntitel: About\n---\nAbout us, edited.\n");
        var broken = await events.NextBuildAfterAsync(edited, Serving.Patience);
        using (var response = await client.GetAsync("/about/"))
        {
            var overlay = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.True(overlay.Contains("<code>content/about.md:2:1</code> <strong>error RS0203</strong>: unknown field &#39;titel&#39;", StringComparison.Ordinal), overlay);
            Assert.Contains($"data-build=\"{broken}\"", overlay, StringComparison.Ordinal);
        }

        Assert.Equal("body { color: #222; }\n", await client.GetStringAsync("/assets/site.css"));

        // Fix: the page is back.
        site.Write("content/about.md", "---\ntitle: About\n---\nAbout us, fixed.\n");
        var fixedBuild = await events.NextBuildAfterAsync(broken, Serving.Patience);
        using (var response = await client.GetAsync("/about/"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var fixedPage = await response.Content.ReadAsStringAsync();
            Assert.Contains("About us, fixed.", fixedPage, StringComparison.Ordinal);
            Assert.Contains($"data-build=\"{fixedBuild}\"", fixedPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pathological_content_is_reported_and_the_server_carries_on()
    {
        using var site = new SiteFolder(Serving.Site);
        await using var session = await Serving.StartAsync(site);
        using var client = Serving.Client(session);
        await using var events = await EventStream.OpenAsync(session.Url);
        var build = await events.NextAsync(Serving.Patience);

        site.Write("content/about.md", "---\ntitle: About\n---\n" + new string('>', 100_000) + "\n");
        build = await events.NextBuildAfterAsync(build, Serving.Patience);
        using (var response = await client.GetAsync("/about/"))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains("error RS0304", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        site.Write("content/about.md", "---\ntitle: About\n---\nCalm again.\n");
        await events.NextBuildAfterAsync(build, Serving.Patience);
        Assert.Contains("Calm again.", await client.GetStringAsync("/about/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_page_is_no_longer_served_and_a_new_one_is()
    {
        using var site = new SiteFolder(Serving.Site);
        await using var session = await Serving.StartAsync(site);
        using var client = Serving.Client(session);
        await using var events = await EventStream.OpenAsync(session.Url);
        var build = await events.NextAsync(Serving.Patience);

        site.Write("content/contact.md", "---\ntitle: Contact\n---\nCall us.\n");
        site.Delete("content/about.md");
        site.Write("content/index.md", "---\ntitle: Home\n---\nWelcome.\n");
        await WaitUntil(() => session.Site.Files.ContainsKey("contact/index.html") && !session.Site.Files.ContainsKey("about/index.html"), events, build);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/about/")).StatusCode);
        Assert.Contains("Call us.", await client.GetStringAsync("/contact/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saves_by_renaming_a_temporary_file_and_new_folders_are_seen()
    {
        using var site = new SiteFolder(Serving.Site);
        await using var session = await Serving.StartAsync(site);
        using var client = Serving.Client(session);
        await using var events = await EventStream.OpenAsync(session.Url);
        var build = await events.NextAsync(Serving.Patience);

        // Many editors save by writing a hidden temporary file and renaming it over the page.
        site.Write("content/.about.md.tmp", "---\ntitle: About\n---\nSaved atomically.\n");
        File.Move(site.PathOf("content/.about.md.tmp"), site.PathOf("content/about.md"), overwrite: true);
        build = await events.NextBuildAfterAsync(build, Serving.Patience);
        Assert.Contains("Saved atomically.", await client.GetStringAsync("/about/"), StringComparison.Ordinal);

        // A new folder with a page in it.
        site.Write("content/guides/first-visit.md", "---\ntitle: Your first visit\n---\nWelcome.\n");
        await WaitUntil(() => session.Site.Files.ContainsKey("guides/first-visit/index.html"), events, build);
        Assert.Contains("Your first visit", await client.GetStringAsync("/guides/first-visit/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_change_rebuilds_every_page()
    {
        using var site = new SiteFolder(Serving.Site);
        await using var session = await Serving.StartAsync(site);
        using var client = Serving.Client(session);
        await using var events = await EventStream.OpenAsync(session.Url);
        var build = await events.NextAsync(Serving.Patience);

        site.Write("templates/layouts/page.html", "<h1 class=\"changed\">{{ page.title }}</h1>\n{{ page.content }}");
        await events.NextBuildAfterAsync(build, Serving.Patience);

        Assert.Contains("<h1 class=\"changed\">Home</h1>", await client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"changed\">About</h1>", await client.GetStringAsync("/about/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_path_without_its_slash_is_redirected_and_a_missing_page_reloads_when_created()
    {
        using var site = new SiteFolder(Serving.Site);
        await using var session = await Serving.StartAsync(site);
        using var client = Serving.Client(session);

        using var redirect = await client.GetAsync("/about");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/about/", redirect.Headers.Location?.OriginalString);

        using var missing = await client.GetAsync("/not-yet/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("/__relevare/live.js", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_live_script_is_served_as_javascript_and_opens_the_event_stream()
    {
        using var site = new SiteFolder(Serving.Site);
        await using var session = await Serving.StartAsync(site);
        using var client = Serving.Client(session);

        using var response = await client.GetAsync("/__relevare/live.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new EventSource(\"/__relevare/events\")", script, StringComparison.Ordinal);
        Assert.Contains("window.location.reload()", script, StringComparison.Ordinal);

        // The error page's style is external too: no inline style for a strict policy to block.
        using var style = await client.GetAsync("/__relevare/overlay.css");
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<style", System.Text.Encoding.UTF8.GetString(Relevare.Static.Cli.Serve.ErrorOverlay.Render([], "b-1")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_watchdog_reports_a_build_that_takes_too_long_and_the_server_keeps_serving()
    {
        using var site = new SiteFolder(Serving.Site);

        // The watchdog's clock says its time is up as soon as it is set (before the build starts), so the build is
        // abandoned however fast or loaded the machine is; no other timer of the session is touched.
        var timeout = TimeSpan.FromMinutes(17);
        var log = new StringWriter();
        await using var session = await Serving.StartAsync(site, log, options => options with { BuildTimeout = timeout, Clock = new ManualClock { FireAtOnce = timeout } });
        using var client = Serving.Client(session);

        using var response = await client.GetAsync("/about/");
        var overlay = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("error RS0009", overlay, StringComparison.Ordinal);
        Assert.Contains("the build took longer than 1020 s and was abandoned", overlay, StringComparison.Ordinal);
        Assert.Contains("was abandoned", log.ToString(), StringComparison.Ordinal);
    }

    private static async Task WaitUntil(Func<bool> condition, EventStream events, string build)
    {
        var deadline = DateTime.UtcNow + Serving.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the server did not rebuild as expected");
            build = await events.NextBuildAfterAsync(build, Serving.Patience);
        }
    }
}
