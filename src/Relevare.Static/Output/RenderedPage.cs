using Relevare.Static.Markdown;
using Relevare.Static.Site;

namespace Relevare.Static.Output;

/// <summary>A content page after rendering: the page, its rendered body (for the search index and feed) and its file.</summary>
internal sealed record RenderedPage(Page Page, RenderedMarkdown Body, OutputFile File);
