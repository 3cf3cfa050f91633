namespace Relevare.Static.Output;

/// <summary>One file of the built site: its path relative to the output folder (with <c>/</c>) and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content);
