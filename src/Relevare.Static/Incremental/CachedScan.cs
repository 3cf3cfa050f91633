using Relevare.Static.Checks;

namespace Relevare.Static.Incremental;

/// <summary>What checking a page on its own gave, with the page's bytes and origin it was made from.</summary>
internal sealed record CachedScan(ReadOnlyMemory<byte> Html, PageOrigin? Origin, PageScan Result);
