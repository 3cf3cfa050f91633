using Relevare.Static.Checks;

namespace Relevare.Static.Incremental;

/// <summary>What checking a page on its own depends on besides the check options: its bytes and its origin (source and rendered Markdown, for line numbers).</summary>
internal sealed record ScanInput(ReadOnlyMemory<byte> Html, PageOrigin? Origin);
