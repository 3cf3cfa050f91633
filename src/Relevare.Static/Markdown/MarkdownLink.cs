using Relevare.Static.Diagnostics;

namespace Relevare.Static.Markdown;

/// <summary>
/// A link or image the Markdown produced: its URL exactly as rendered into <c>href</c>/<c>src</c>, and where the
/// editor wrote it. The checker uses it to report a broken link at the Markdown line instead of the HTML one.
/// </summary>
/// <param name="Url">The rendered URL (after <c>.md</c> links were rewritten to page URLs).</param>
/// <param name="IsImage">True for <c>![alt](src)</c> (an <c>img</c>), false for an <c>a</c>.</param>
/// <param name="Location">Where the link is written (for reference links, the definition).</param>
public sealed record MarkdownLink(string Url, bool IsImage, SourceLocation Location);
