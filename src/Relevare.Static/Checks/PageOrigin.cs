using Relevare.Static.Markdown;

namespace Relevare.Static.Checks;

/// <summary>Where a built page came from: its Markdown source and the body HTML (with links) rendered from it.</summary>
internal sealed record PageOrigin(string SourcePath, RenderedMarkdown Body);
