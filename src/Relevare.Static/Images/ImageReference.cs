using Relevare.Static.Diagnostics;

namespace Relevare.Static.Images;

/// <summary>A Markdown image that names a source image: where it is written, and which file it names.</summary>
/// <param name="SourcePath">The image's source path.</param>
/// <param name="Location">The Markdown image's position.</param>
internal sealed record ImageReference(string SourcePath, SourceLocation Location);
