using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using Relevare.Static.Checks;
using Relevare.Static.Cli;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Markdown;
using Relevare.Static.Output;
using Relevare.Static.Site;
using Relevare.Static.Templating;

namespace Relevare.Static.Benchmarks;

/// <summary>
/// Each pipeline stage over the whole corpus, on one thread (the build runs them in parallel over pages),
/// and the whole in-memory build. Inputs of a stage are prepared once by the stages before it.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private SiteConfig _config = null!;
    private List<(string Path, byte[] Bytes)> _sources = [];
    private List<SourcePage> _pages = [];
    private SiteModel _site = null!;
    private TemplateSet _templates = null!;
    private List<RenderedMarkdown> _bodies = [];
    private ImmutableArray<OutputFile> _files = [];
    private string _writeRoot = "";
    private int _writes;

    [GlobalSetup]
    public void Setup()
    {
        var site = BenchmarkCorpus.Site;
        var diagnostics = new List<Diagnostic>();
        _config = SiteConfigLoader.Load(Encoding.UTF8.GetString(site.ReadAllBytes("site.yml")), diagnostics)!;
        _sources = [.. site.EnumerateFiles("content").Select(p => (p, site.ReadAllBytes(p)))];
        _pages = [.. _sources.Select(s => ReadPage(s.Path, s.Bytes, diagnostics)!)];
        _templates = TemplateSet.Parse(site.EnumerateFiles("templates").Select(p => KeyValuePair.Create(p, (string?)Encoding.UTF8.GetString(site.ReadAllBytes(p)))), diagnostics);
        _site = new SiteModelBuilder(_config, includeDrafts: false).Build(_pages, [], [], diagnostics);
        _bodies = [.. _site.Pages.Select(p => RenderMarkdown(p, diagnostics))];
        _files = SiteBuilder.Build(site, new BuildOptions()).Files;
        _writeRoot = Path.Combine(Path.GetTempPath(), "relevare-bench-write-" + Environment.ProcessId);
        if (diagnostics.Any(d => d.IsError) || _files.IsEmpty)
        {
            throw new InvalidOperationException("the benchmark site does not build:\n" + string.Join('\n', diagnostics));
        }
    }

    [Benchmark(Description = "front matter: decode + split + validate")]
    public int FrontMatter()
    {
        var diagnostics = new List<Diagnostic>();
        return _sources.Count(s => ReadPage(s.Path, s.Bytes, diagnostics) is not null);
    }

    [Benchmark(Description = "Markdown: parse + check links + render")]
    public int Markdown()
    {
        var diagnostics = new List<Diagnostic>();
        return _site.Pages.Sum(p => RenderMarkdown(p, diagnostics).Html.Length);
    }

    [Benchmark(Description = "templates: render every page")]
    public int Templates()
    {
        var diagnostics = new List<Diagnostic>();
        var renderer = new PageTemplateRenderer(_templates, _site);
        return _site.Pages.Select((p, i) => renderer.Render(p, _bodies[i], diagnostics)!.Length).Sum();
    }

    [Benchmark(Description = "checks: every page (parallel, as in the build)")]
    public int Checks() => new SiteChecker(CheckOptions.Default).Check(_files).Diagnostics.Length;

    [Benchmark(Description = "whole build in memory (parallel)")]
    public int Build() => SiteBuilder.Build(BenchmarkCorpus.Site, new BuildOptions()).Files.Length;

    // The same without the checks of the built pages: the target is checks costing at most 30% on top of this.
    [Benchmark(Description = "whole build in memory, checks off (parallel)")]
    public int BuildWithoutChecks() => SiteBuilder.Build(BenchmarkCorpus.Site, new BuildOptions { Checks = false }).Files.Length;

    // Writing creates a new tree each time (the previous ones are left in place: deleting many files right
    // before creating many makes this file system slow for minutes, see ../shared/bench/README.md).
    [Benchmark(Description = "write: staging folder + swap")]
    public int Write()
    {
        SiteWriter.Write(Path.Combine(_writeRoot, (_writes++).ToString(System.Globalization.CultureInfo.InvariantCulture)), _files);
        return _files.Length;
    }

    private SourcePage? ReadPage(string path, byte[] bytes, List<Diagnostic> diagnostics)
    {
        var split = FrontMatterBytes.Split(path, bytes, diagnostics);
        var metadata = split is null ? null : new FrontMatterValidator(_config).Validate(path, "", split, diagnostics);
        return metadata is null ? null : new SourcePage(path, "", metadata, split!);
    }

    private RenderedMarkdown RenderMarkdown(Page page, List<Diagnostic> diagnostics)
    {
        MarkdownDocument document = MarkdownRenderer.Parse(page.Source.Path, page.Source.Body, page.Source.BodyFirstLine, diagnostics)!;
        return new MarkdownRenderer(_config.AllowHtml).Render(page.Source.Path, document, page.Source.BodyFirstLine, _site.LinkTargets, diagnostics);
    }
}
