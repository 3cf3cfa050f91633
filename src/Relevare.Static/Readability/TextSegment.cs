namespace Relevare.Static.Readability;

/// <summary>A stretch of extracted prose that came from one place in the Markdown (0-based body line and column).</summary>
internal sealed record TextSegment(int TextStart, int Length, int Line, int Column);
