namespace Relevare.Static.Output;

/// <summary>
/// The file that marks a folder as relevare's output (written by <c>relevare build</c> and <c>relevare serve
/// --output</c>). An existing output folder without it is never replaced, and leftovers of an interrupted build are
/// removed only when they carry it. No page, alias or asset may be published at this path.
/// </summary>
public static class OutputMarker
{
    /// <summary>The marker's name, at the top of the output folder.</summary>
    public const string FileName = ".relevare-output";
}
