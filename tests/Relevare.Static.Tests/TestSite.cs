using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests;

/// <summary>
/// Describes a small site inline, txtar style (as Hugo's tests do): a line <c>-- path --</c> starts a file, and
/// every following line up to the next such line is its text (each line ends with <c>\n</c>). Text before the
/// first file is a comment. The files are laid over <see cref="Defaults"/>, a minimal valid site, so a test
/// writes only what it is about.
/// </summary>
internal static class TestSite
{
    /// <summary>A valid site.yml: pages at the root of content/, articles in content/conditions/.</summary>
    // The last line turns off the document-structure checks: the default templates are fragments, not whole
    // documents (those checks are tested in Checks/; a test can override site.yml to opt back in).
    public const string DefaultSiteYml = """
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
              tags: { max_items: 3 }
              audience: { type: string }
        checks: { RS0707: off, RS0708: off, RS0709: off, RS0710: off, RS0711: off, RS0712: off, RS0713: off, RS0714: off, RS0730: off }

        """;

    /// <summary>The files every test site starts from.</summary>
    public static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["site.yml"] = DefaultSiteYml,
        ["templates/base.html"] = "<title>{{ page.title }}</title>\n{{ include layout }}\n",
        ["templates/layouts/page.html"] = "<h1>{{ page.title }}</h1>\n{{ page.content }}",
        ["templates/layouts/article.html"] = "<article><h1>{{ page.title }}</h1>\n{{ page.content }}</article>",
    };

    /// <summary>The files of <paramref name="txtar"/> alone, path → text.</summary>
    public static Dictionary<string, string> Parse(string txtar)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var text = new StringBuilder();
        foreach (var line in txtar.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                current = line[3..^3].Trim();
                continue;
            }

            text.Append(line).Append('\n');
        }

        Flush();
        return files;

        void Flush()
        {
            if (current is not null)
            {
                files[current] = text.ToString();
            }

            text.Clear();
        }
    }

    /// <summary>The defaults with <paramref name="txtar"/>'s files laid over them, as bytes (tests may change them).</summary>
    public static Dictionary<string, byte[]> Files(string txtar)
    {
        var files = Defaults.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value), StringComparer.Ordinal);
        foreach (var (path, text) in Parse(txtar))
        {
            files[path] = Encoding.UTF8.GetBytes(text);
        }

        return files;
    }

    /// <summary>Builds the defaults overlaid with <paramref name="txtar"/>.</summary>
    public static BuildResult Build(string txtar, BuildOptions? options = null) => Build(Files(txtar), options);

    /// <summary>Builds exactly <paramref name="files"/>.</summary>
    public static BuildResult Build(IEnumerable<KeyValuePair<string, byte[]>> files, BuildOptions? options = null) =>
        SiteBuilder.Build(new InMemorySourceFileSystem(files), options ?? new BuildOptions());

    /// <summary>Builds and asserts that the build succeeded (printing every diagnostic if not).</summary>
    public static BuildResult BuildOk(string txtar, BuildOptions? options = null)
    {
        var result = Build(txtar, options);
        Assert.True(result.Succeeded, "the build failed:\n" + Describe(result.Diagnostics));
        return result;
    }

    /// <summary>The text of the output file at <paramref name="path"/> (which must exist).</summary>
    public static string Text(this BuildResult result, string path)
    {
        var file = result.Files.FirstOrDefault(f => f.Path == path);
        Assert.True(file is not null, $"no output file '{path}'; the output has: {string.Join(", ", result.Files.Select(f => f.Path))}\n{Describe(result.Diagnostics)}");
        return Encoding.UTF8.GetString(file.Content.Span);
    }

    /// <summary>The one diagnostic with <paramref name="code"/> (failing with all diagnostics listed otherwise).</summary>
    public static Diagnostic SingleWithCode(this IEnumerable<Diagnostic> diagnostics, string code)
    {
        var all = diagnostics.ToList();
        var matches = all.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected exactly one {code}, got {matches.Count}:\n{Describe(all)}");
        return matches[0];
    }

    /// <summary>The diagnostics one per line, as the CLI prints them (for assertion messages).</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.ToString()));
}
