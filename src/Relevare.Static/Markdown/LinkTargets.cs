using System.Collections.Frozen;
using System.Collections.Immutable;
using Relevare.Static.Images;

namespace Relevare.Static.Markdown;

/// <summary>Where links to <c>.md</c> files lead: each published source path's URL, and the sources not published.</summary>
/// <param name="UrlBySource">Source path (e.g. <c>content/conditions/migraine.md</c>) → page URL.</param>
/// <param name="Drafts">Source paths of drafts left out of this build (a link to one is an error).</param>
/// <param name="Broken">Source paths with errors of their own (links to them are not reported again).</param>
internal sealed record LinkTargets(FrozenDictionary<string, string> UrlBySource, ImmutableHashSet<string> Drafts, ImmutableHashSet<string> Broken)
{
    /// <summary>Asset URL (<c>/assets/images/a.png</c>) → the URL it is published at, for assets renamed by fingerprinting.</summary>
    public ImmutableDictionary<string, string> AssetUrls { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The site's images (content/ and assets/) by source path, as the images stage planned them.</summary>
    public ImmutableDictionary<string, ImageEntry> Images { get; init; } = ImmutableDictionary<string, ImageEntry>.Empty;
}
