using System.Globalization;
using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Tests.Fixtures;
using Relevare.Static.Tests.Infrastructure;

namespace Relevare.Static.Tests.Yaml;

/// <summary>
/// The fast YAML reader against YamlDotNet's path on the YAML the project really holds: the clinic's pages, every
/// fixture page, every YAML file of the repository, and pages of the benchmark corpus. Where it must read (the
/// clinic's pages, the benchmark's), these tests also hold that it does, so it cannot decline its way to green.
/// </summary>
public sealed class FastYamlReaderCorpusTests
{
    private static readonly string[] Tags =
        ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi"];

    [Fact]
    public void Every_clinic_page_is_read_by_the_fast_reader_as_YamlDotNet_reads_it()
    {
        var pages = FrontMatterOf(Path.Combine(RepositoryPaths.RepositoryRoot, "content"));

        Assert.True(pages.Count >= 10, $"only {pages.Count} clinic pages were found");
        var declined = pages.Where(p => !FastYamlAgreement.Check(p.Yaml, 2, p.Path)).Select(p => p.Path).ToList();
        Assert.True(declined.Count == 0, "the fast reader declined clinic pages: " + string.Join(", ", declined));
    }

    [Fact]
    public void Every_fixture_page_is_read_as_YamlDotNet_reads_it_or_declined()
    {
        var pages = FrontMatterOf(RepositoryPaths.FixturesRoot);

        Assert.True(pages.Count >= 150, $"only {pages.Count} fixture pages were found");
        var read = pages.Count(p => FastYamlAgreement.Check(p.Yaml, 2, p.Path));
        // Most fixture pages are ordinary front matter; the hostile ones are declined.
        Assert.True(read >= pages.Count / 2, $"the fast reader read only {read} of {pages.Count} fixture pages");
    }

    [Fact]
    public void Every_YAML_file_of_the_repository_is_read_as_YamlDotNet_reads_it_or_declined()
    {
        var root = RepositoryPaths.RepositoryRoot;
        var files = Directory.EnumerateFiles(root, "*.yml", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)
                .Any(s => s is "node_modules" or "bin" or "obj" or "artifacts" || s.StartsWith('.')))
            .ToList();

        Assert.Contains(files, f => f.EndsWith("site.yml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("people.yml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(Path.Combine("strings", "es.yml"), StringComparison.Ordinal));
        var read = 0;
        foreach (var file in files)
        {
            var text = SourceText.Decode(file, File.ReadAllBytes(file), []);
            if (text is not null && FastYamlAgreement.Check(text, 1, Path.GetRelativePath(root, file)))
            {
                read++;
            }
        }

        Assert.True(read >= files.Count / 2, $"the fast reader read only {read} of {files.Count} YAML files");
    }

    [Fact]
    public void Every_page_shaped_like_the_benchmark_corpus_is_read_by_the_fast_reader()
    {
        var random = new Random(20261207);
        for (var i = 1; i <= 400; i++)
        {
            var yaml = BenchFrontMatter(random, i);
            Assert.True(FastYamlAgreement.Check(yaml, 2, $"generated page {i}"), $"the fast reader declined generated page {i}:\n{yaml}");
        }
    }

    [SharedDataFact("bench/make-corpus.sh")]
    public void Every_page_of_the_shared_benchmark_corpus_is_read_by_the_fast_reader()
    {
        using var corpus = SharedData.MakeBenchCorpus(300, "fastyaml");
        var pages = FrontMatterOf(corpus.Content);
        Assert.Equal(300, pages.Count);
        var declined = pages.Where(p => !FastYamlAgreement.Check(p.Yaml, 2, p.Path)).Select(p => p.Path).ToList();
        Assert.True(declined.Count == 0, "the fast reader declined benchmark pages: " + string.Join(", ", declined.Take(10)));
    }

    // The front matter of every *.md under `folder` that has one (files the splitter refuses are left out).
    internal static List<(string Path, string Yaml)> FrontMatterOf(string folder)
    {
        var pages = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var diagnostics = new List<Diagnostic>();
            var text = SourceText.Decode(file, File.ReadAllBytes(file), diagnostics);
            if (text is not null && FrontMatterSplitter.Split(file, text, diagnostics) is { } split)
            {
                pages.Add((Path.GetRelativePath(RepositoryPaths.RepositoryRoot, file), split.Yaml));
            }
        }

        return pages;
    }

    // Front matter as ../shared/bench/make-corpus.sh writes it: a quoted title, a date, a quoted description, two tags.
    internal static string BenchFrontMatter(Random random, int i)
    {
        var date = new DateOnly(2015, 1, 1).AddDays(random.Next(5 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tags = Tags.OrderBy(_ => random.Next()).Take(2).ToArray();
        var words = string.Join(' ', Enumerable.Range(0, random.Next(8, 16)).Select(_ => Tags[random.Next(Tags.Length)]));
        return new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"title: \"Lorem ipsum page {i}\"\n")
            .Append(CultureInfo.InvariantCulture, $"date: {date}\n")
            .Append(CultureInfo.InvariantCulture, $"description: \"{char.ToUpperInvariant(words[0])}{words[1..]}.\"\n")
            .Append("tags:\n")
            .Append(CultureInfo.InvariantCulture, $"  - {tags[0]}\n")
            .Append(CultureInfo.InvariantCulture, $"  - {tags[1]}")
            .ToString();
    }
}
