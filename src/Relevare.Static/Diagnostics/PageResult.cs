namespace Relevare.Static.Diagnostics;

/// <summary>What a per-file stage gave for one file: its value (null when the file failed) and its diagnostics.</summary>
/// <param name="Path">The source file, relative to the source folder.</param>
/// <param name="Value">The stage's result, or null when the file could not get through the stage.</param>
/// <param name="Diagnostics">Everything the stage reported about the file.</param>
internal sealed record PageResult<T>(string Path, T? Value, List<Diagnostic> Diagnostics)
    where T : class;
