namespace Relevare.Static.Readability;

/// <summary>One sentence of a <see cref="ProseBlock"/>: where it starts and ends in the text, and its counts.</summary>
internal sealed record Sentence(int Start, int End, ReadabilityScore Score);
