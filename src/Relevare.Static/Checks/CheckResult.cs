using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>What checking a site found, sorted by file, line and column; and the external URLs it uses.</summary>
/// <param name="Diagnostics">Every finding at its configured level.</param>
/// <param name="Pages">How many HTML pages were checked.</param>
/// <param name="ExternalLinks">External URLs, for <c>relevare check --external</c>; the core never goes online.</param>
internal sealed record CheckResult(ImmutableArray<Diagnostic> Diagnostics, int Pages, ImmutableArray<ExternalLink> ExternalLinks);
