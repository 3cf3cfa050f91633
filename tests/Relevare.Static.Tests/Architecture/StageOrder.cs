using System.Collections.Immutable;

namespace Relevare.Static.Tests.Architecture;

/// <summary>
/// The core's namespaces in stage order, earliest first, as docs/architecture.md lists them ("Stage order"): a
/// namespace may use the namespaces before it, never one after it. Foundations (diagnostics, the YAML reader, output
/// files, source files) come first, then the pipeline's stages in the order their code depends on each other, and the
/// orchestrator (<c>SiteBuilder</c> and its inputs and results, in the root namespace) last.
/// </summary>
internal static class StageOrder
{
    public static readonly ImmutableArray<string> Core =
    [
        "Relevare.Static.Diagnostics",
        "Relevare.Static.Yaml",
        "Relevare.Static.Output",
        "Relevare.Static.Content",
        "Relevare.Static.Configuration",
        "Relevare.Static.Citations",
        "Relevare.Static.Readability",
        "Relevare.Static.FrontMatter",
        "Relevare.Static.Assets",
        "Relevare.Static.Images",
        "Relevare.Static.Markdown",
        "Relevare.Static.Site",
        "Relevare.Static.Medical",
        "Relevare.Static.Templating",
        "Relevare.Static.Publishing",
        "Relevare.Static.Checks",
        "Relevare.Static.Reporting",
        "Relevare.Static.Incremental",
        "Relevare.Static",
    ];
}
