using System.Text;
using System.Text.RegularExpressions;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Reporting;
using Relevare.Static.Tests.Fixtures;
using Relevare.Static.Tests.Medical;

namespace Relevare.Static.Tests.Images;

/// <summary>
/// A person's portrait is data in the people file (<c>portrait:</c>): a declared placeholder shows the clinic's
/// placeholder slot and is reported like every placeholder (RS0615, so --strict fails); a real picture is
/// published through the image pipeline (a photo beside the people file, or a picture of assets/) and shown on the bio
/// page with its size, variants and the name as alt.
/// Rendered with the clinic's own partials (templates/partials/person.html and portrait.html).
/// </summary>
public sealed partial class PortraitTests
{
    private const string PlaceholderLine = "  portrait: { placeholder: \"photo of Dr. Mallek\", why: \"no photo yet\" }\n";

    private static Dictionary<string, byte[]> Files(string? portraitLine, params (string Path, byte[] Bytes)[] extra)
    {
        var text = MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2026-11-01\nreviewer: mallek", "Text.\n"));
        text["content/_data/people.yml"] = MedicalSite.People.TrimEnd('\n') + "\n" + (portraitLine ?? "");
        text["templates/layouts/page.html"] = "<main><h1>{{ page.title }}</h1>\n{{ include 'partials/person.html' }}\n{{ page.content }}</main>\n";
        foreach (var partial in new[] { "person.html", "portrait.html" })
        {
            text["templates/partials/" + partial] = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "templates", "partials", partial));
        }

        // The partials' own words (the placeholder's caption) come from the clinic's strings file.
        text["templates/strings/en.yml"] = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "templates", "strings", "en.yml"));

        var files = text.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value), StringComparer.Ordinal);
        files["assets/images/portrait-placeholder.svg"] = File.ReadAllBytes(Path.Combine(RepositoryPaths.RepositoryRoot, "assets", "images", "portrait-placeholder.svg"));
        foreach (var (path, bytes) in extra)
        {
            files[path] = bytes;
        }

        return files;
    }

    private static BuildResult Build(Dictionary<string, byte[]> files) =>
        SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions { Today = MedicalSite.Today });

    private static string Bio(BuildResult result) => MedicalSite.Html(result, "about/index.html");

    [Fact]
    public void A_placeholder_portrait_shows_the_placeholder_slot_and_is_reported_as_a_placeholder()
    {
        var result = Build(Files(PlaceholderLine));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = result.Diagnostics.SingleWithCode(DiagnosticCodes.PeoplePlaceholder);
        Assert.Equal(("content/_data/people.yml", 6, 13), (warning.Path, warning.Line, warning.Column));
        Assert.False(warning.IsError);
        Assert.Contains("'portrait' of 'mallek' is a placeholder", warning.Message, StringComparison.Ordinal);
        Assert.Contains("content/_data/ beside people.yml and write its name, e.g. 'portrait: mallek.jpg'", warning.Hint, StringComparison.Ordinal);
        var bio = Bio(result);
        Assert.Contains("<figure class=\"portrait portrait-placeholder\">", bio, StringComparison.Ordinal);
        Assert.Contains("Photo to come", bio, StringComparison.Ordinal);
        Assert.DoesNotContain("<picture>", bio, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("img/", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_portrait_field_the_bio_page_shows_no_portrait_slot_and_nothing_is_reported()
    {
        var result = Build(Files(null));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.PeoplePlaceholder);
        Assert.DoesNotContain("class=\"portrait", Bio(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_portrait_is_published_through_the_image_pipeline_and_shown_with_size_variants_and_the_name_as_alt()
    {
        // Beside the people file (content/_data/): only resized copies are published, so even a phone photo with its
        // GPS position and the photographer's name is safe.
        var photo = TestImages.Jpeg(2000, 2500, gps: true);
        var result = Build(Files("  portrait: mallek.jpg\n", ("content/_data/mallek.jpg", photo)));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.PeoplePlaceholder);
        var bio = Bio(result);
        Assert.DoesNotContain("portrait-placeholder", bio, StringComparison.Ordinal);
        var img = ImgTag().Match(bio);
        Assert.True(img.Success, bio);
        Assert.Contains("alt=\"Dr. Mallek\"", img.Value, StringComparison.Ordinal);
        Assert.Contains("width=\"1440\" height=\"1800\"", img.Value, StringComparison.Ordinal);
        Assert.Matches("src=\"/img/_data/mallek-1440w\\.[0-9a-f]{10}\\.jpg\"", img.Value);
        Assert.Matches("srcset=\"/img/_data/mallek-480w\\.[0-9a-f]{10}\\.jpg 480w, /img/_data/mallek-960w\\.[0-9a-f]{10}\\.jpg 960w, /img/_data/mallek-1440w\\.[0-9a-f]{10}\\.jpg 1440w\" sizes=\"15rem\"", img.Value);
        Assert.Matches("<source type=\"image/webp\" srcset=\"/img/_data/mallek-480w\\.[0-9a-f]{10}\\.webp 480w, [^\"]+ 1440w\" sizes=\"15rem\">", bio);

        // Every URL the page names is a published file, and the published files carry no metadata (GPS, names);
        // the photo itself is not published.
        var published = result.Files.Where(f => f.Path.StartsWith("img/_data/mallek-", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, published.Count);
        Assert.DoesNotContain(result.Files, f => f.Content.Span.SequenceEqual(photo));
        foreach (Match url in Regex.Matches(bio, "/img/_data/mallek-[^ \"]+"))
        {
            Assert.Contains(published, f => "/" + f.Path == url.Value);
        }

        Assert.All(published, f => Assert.DoesNotContain(TestImages.Artist, Encoding.Latin1.GetString(f.Content.Span), StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ImagePublishedWithGps);
    }

    [Fact]
    public void A_portrait_in_assets_is_written_from_the_site_root_like_a_markdown_image()
    {
        var result = Build(Files("  portrait: /assets/images/mallek.png\n", ("assets/images/mallek.png", TestImages.Png(300, 400))));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var img = ImgTag().Match(Bio(result)).Value;
        Assert.Matches("src=\"/img/assets/images/mallek-300w\\.[0-9a-f]{10}\\.png\"", img);
        Assert.Contains("width=\"300\" height=\"400\" alt=\"Dr. Mallek\"", img, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_lists_the_portrait_on_the_bio_page_with_its_weight()
    {
        var result = Build(Files("  portrait: mallek.jpg\n", ("content/_data/mallek.jpg", TestImages.Jpeg(1200, 1500))));

        var about = result.Health!.Pages.Single(p => p.Path == "content/about.md");
        var image = Assert.Single(about.Images);
        var files = result.Files.Where(f => f.Path.StartsWith("img/_data/mallek-", StringComparison.Ordinal)).Select(f => (long)f.Content.Length).ToList();
        Assert.Equal(("content/_data/mallek.jpg", 6, files.Max(), files.Sum()), (image.SourcePath, image.Files, image.LargestBytes, image.TotalBytes));
        Assert.Empty(result.Health.Pages.Single(p => p.Path == "content/conditions/migraine.md").Images);
        Assert.Contains("<code>content/_data/mallek.jpg</code>", ContentHealthReport.Render(result.Health, result.Diagnostics).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_portrait_that_does_not_exist_is_RS0901_at_its_line_in_the_people_file()
    {
        var result = Build(Files("  portrait: nobody.jpg\n"));

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var d = result.Diagnostics.SingleWithCode(DiagnosticCodes.ImageNotFound);
        Assert.Equal(("content/_data/people.yml", 6, 13), (d.Path, d.Line, d.Column));
    }

    [Fact]
    public void A_hostile_portrait_is_refused_at_its_line_in_the_people_file()
    {
        var result = Build(Files("  portrait: mallek.png\n", ("content/_data/mallek.png", TestImages.PngHeaderOnly(30_000, 30_000))));

        Assert.Empty(result.Files);
        var d = result.Diagnostics.SingleWithCode(DiagnosticCodes.ImageTooManyPixels);
        Assert.Equal(("content/_data/people.yml", 6, 13), (d.Path, d.Line, d.Column));
    }

    [Theory]
    [InlineData("/content/mallek.jpg")]
    [InlineData("mallek.pdf")]
    [InlineData("/assets/images/mallek.pdf")]
    [InlineData("/assets/../site.yml.jpg")]
    [InlineData("../../etc/mallek.jpg")]
    [InlineData(".hidden.jpg")]
    [InlineData("https://example.org/mallek.jpg")]
    public void A_portrait_that_is_not_a_picture_beside_the_people_file_or_in_assets_is_RS0602_with_what_to_write(string written)
    {
        var result = Build(Files($"  portrait: \"{written}\"\n"));

        Assert.False(result.Succeeded);
        var d = result.Diagnostics.SingleWithCode(DiagnosticCodes.PeopleFileInvalid);
        Assert.Equal(("content/_data/people.yml", 6, 13), (d.Path, d.Line, d.Column));
        Assert.Contains($"the portrait '{written}' of 'mallek' is not a picture beside the people file or in assets/", d.Message, StringComparison.Ordinal);
        Assert.Contains("'portrait: mallek.jpg'", d.Hint, StringComparison.Ordinal);
    }

    [GeneratedRegex("<img [^>]*>")]
    private static partial Regex ImgTag();
}
