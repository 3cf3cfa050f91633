using Relevare.Static.Diagnostics;

namespace Relevare.Static.FrontMatter;

/// <summary>
/// A translation's <c>translation_of:</c> block: which page it translates, and which version of it (the source's
/// review fingerprint when it was translated, and the source's last sign-off date then).
/// </summary>
/// <param name="Source">The source page's path, e.g. <c>content/conditions/migraine.md</c>.</param>
/// <param name="Fingerprint">The source's review fingerprint (Medical/ReviewFingerprint) when it was translated (<c>sha256:…</c>).</param>
/// <param name="SourceReviewed">The source's last sign-off date when it was translated, or null when it had none.</param>
/// <param name="Location">Where the block is written.</param>
public sealed record TranslationRecord(string Source, string Fingerprint, DateOnly? SourceReviewed, SourceLocation Location);
