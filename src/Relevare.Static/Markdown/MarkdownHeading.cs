using Relevare.Static.Diagnostics;

namespace Relevare.Static.Markdown;

/// <summary>A heading the Markdown produced: its level, its id as rendered, and where the editor wrote it.</summary>
public sealed record MarkdownHeading(int Level, string Id, SourceLocation Location);
