namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// A small site with <c>publishing:</c> on (listing pages of two items) and the three layouts publishing needs,
/// as a txtar prefix for <see cref="TestSite"/>: a test appends only the files it is about.
/// </summary>
internal static class PublishingSite
{
    public const string Files = """
        -- site.yml --
        title: Test clinic
        base_url: https://example.test/
        clinic:
          name: Test clinic
        sections:
          "": page
          conditions: article
        content_types:
          page:
            template: page
            fields:
              title: { required: true }
              description: { max_length: 160 }
          article:
            template: article
            fields:
              title: { required: true, max_length: 70 }
              description: { min_length: 10, max_length: 160 }
              date: { required: true }
              updated: {}
              reviewed: {}
              conditions: {}
        checks: { RS0706: off, RS0707: off, RS0708: off, RS0709: off, RS0710: off, RS0711: off, RS0712: off, RS0713: off, RS0714: off, RS0730: off }
        publishing:
          page_size: 2
        -- templates/layouts/404.html --
        <h1>{{ page.title }}</h1>
        -- templates/layouts/search.html --
        <h1>{{ page.title }}</h1>
        -- templates/layouts/listing.html --
        <h1>{{ page.title }}</h1>
        {{~ for item in listing.items ~}}
        <a href="{{ item.url }}">{{ item.title }}</a>
        {{~ end ~}}
        {{ if listing.previous_url }}prev={{ listing.previous_url }}{{ end }} {{ if listing.next_url }}next={{ listing.next_url }}{{ end }}

        """;

    public static string Article(string path, string date, string frontMatter = "") =>
        $"-- {path} --\n---\ntitle: {Path.GetFileNameWithoutExtension(path)}\ndate: {date}\n{(frontMatter.Length > 0 ? frontMatter + "\n" : "")}---\nBody of {path}.\n";

    public static string Page(string path, string frontMatter = "") =>
        $"-- {path} --\n---\ntitle: {Path.GetFileNameWithoutExtension(path)}\n{(frontMatter.Length > 0 ? frontMatter + "\n" : "")}---\nBody of {path}.\n";
}
