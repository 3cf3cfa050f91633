namespace Relevare.Static.Citations;

/// <summary>A reference with its number on the page.</summary>
/// <param name="Number">1, 2, … in the order of first citation; references never cited come last.</param>
/// <param name="Reference">The reference.</param>
/// <param name="CitationCount">How many times the text cites it (0 for an unused reference).</param>
/// <param name="FirstCitationId">The id of its first citation's link (for a back link), or null when never cited.</param>
public sealed record CitedReference(int Number, Reference Reference, int CitationCount, string? FirstCitationId);
