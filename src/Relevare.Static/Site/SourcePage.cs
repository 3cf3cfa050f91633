using Relevare.Static.FrontMatter;

namespace Relevare.Static.Site;

/// <summary>A content file whose front matter is valid: its metadata and its (not yet rendered) body.</summary>
/// <param name="Path">E.g. <c>content/conditions/migraine.md</c>.</param>
/// <param name="Section">The first folder under content/ (<c>""</c> at the root).</param>
/// <param name="Metadata">The validated front matter.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyFirstLine">The file line the body starts on.</param>
public sealed record SourcePage(string Path, string Section, PageMetadata Metadata, string Body, int BodyFirstLine);
