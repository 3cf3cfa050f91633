namespace Relevare.Static.Incremental;

/// <summary>What validating a content file gave, with a private copy of the bytes it was made from.</summary>
internal sealed record CachedPage(byte[] Bytes, object Result);
