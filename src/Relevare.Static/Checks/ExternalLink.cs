using System.Collections.Immutable;

namespace Relevare.Static.Checks;

/// <summary>An external http(s) URL (without its fragment) and every element that uses it.</summary>
internal sealed record ExternalLink(Uri Url, ImmutableArray<FindingSite> Sites);
