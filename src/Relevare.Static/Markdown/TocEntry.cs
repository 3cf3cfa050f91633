namespace Relevare.Static.Markdown;

/// <summary>A heading of a page, for its table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
