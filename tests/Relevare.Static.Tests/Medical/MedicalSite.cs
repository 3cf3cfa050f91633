using Relevare.Static.Content;

namespace Relevare.Static.Tests.Medical;

/// <summary>
/// A small in-memory site with a medical section, tiny templates (base with JSON-LD, an article layout with the
/// disclaimer, references and review line) and one person, for tests that change one file at a time.
/// </summary>
internal static class MedicalSite
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public const string SiteYml = """
        title: Test Clinic
        base_url: https://clinic.test/
        clinic:
          name: Test Clinic
          phone: "+1 617 555 0100"
        medical:
          health_types: [article]
        sections:
          "": page
          conditions: article
        content_types:
          page:
            template: page
            fields:
              title: { required: true }
              reviewed: {}
              reviewer: {}
              author: {}
          article:
            template: article
            fields:
              title: { required: true }
              description: {}
              date: {}
              reviewed: { required: true }
              reviewer: { required: true }
              next_review: {}
              author: {}
              references: {}
              readability_exception: {}
              conditions: {}
        """;

    public const string People = """
        mallek:
          name: "Dr. Mallek"
          credentials: "MD"
          role: "Clinician"
          bio: /about/
        """;

    public const string Base = """
        <!doctype html>
        <html lang="{{ site.language }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="description" content="{{ page.title }}: a page of a small test site for the medical rules of relevare.">
        <title>{{ page.title }}</title>
        <link rel="canonical" href="{{ page.permalink }}">
        {{ page.structured_data }}
        </head>
        <body>
        {{ include layout }}
        </body>
        </html>
        """;

    public const string Article = """
        <main><h1>{{ page.title }}</h1>
        {{ page.content }}
        {{ for r in page.references }}<p id="{{ r.id }}">{{ r.number }}. {{ r.title_text }} {{ r.doi_url }}</p>{{ end }}
        <p>Page last reviewed: {{ page.reviewed_text }} · Next review due: {{ page.next_review_text }}{{ if page.reviewed_by }} · Reviewed by {{ page.reviewed_by.name_with_credentials }}{{ end }}</p>
        </main>
        <aside class="disclaimer"><p>General information only.</p></aside>
        """;

    public const string Page = "<main><h1>{{ page.title }}</h1>\n{{ page.content }}</main>\n";

    public const string About = "---\ntitle: About\n---\n\nAbout us.\n";

    /// <summary>A health article with the given front matter lines (after title) and body.</summary>
    public static string HealthPage(string frontMatter, string body) =>
        $"---\ntitle: Migraine\n{frontMatter.TrimEnd('\n')}\n---\n\n{body}";

    public static Dictionary<string, string> Files(string migraine) => new(StringComparer.Ordinal)
    {
        ["site.yml"] = SiteYml,
        ["content/_data/people.yml"] = People,
        ["content/about.md"] = About,
        ["content/conditions/migraine.md"] = migraine,
        ["templates/base.html"] = Base,
        ["templates/layouts/article.html"] = Article,
        ["templates/layouts/page.html"] = Page,
    };

    public static BuildResult Build(Dictionary<string, string> files, DateOnly? today = null) =>
        SiteBuilder.Build(InMemorySourceFileSystem.FromText(files), new BuildOptions { Today = today ?? Today });

    public static BuildResult Build(string migraine, DateOnly? today = null) => Build(Files(migraine), today);

    public static string Html(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content.ToArray());
}
