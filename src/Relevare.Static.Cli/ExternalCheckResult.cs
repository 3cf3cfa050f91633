using Relevare.Static.Diagnostics;

namespace Relevare.Static.Cli;

/// <summary>What checking external links found: the failures, how many URLs there were, and how many the cache answered.</summary>
internal sealed record ExternalCheckResult(IReadOnlyList<Diagnostic> Diagnostics, int Urls, int FromCache);
