using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Relevare.Static.Assets;

/// <summary>Every asset as published, found by the URL templates and content use for it (<c>/assets/…</c>).</summary>
internal sealed class AssetManifest
{
    private readonly FrozenDictionary<string, PublishedAsset> _bySourceUrl;

    public AssetManifest(IEnumerable<PublishedAsset> assets)
    {
        Assets = [.. assets.OrderBy(a => a.SourcePath, StringComparer.Ordinal)];
        _bySourceUrl = Assets.ToFrozenDictionary(a => a.SourceUrl, StringComparer.Ordinal);
        RenamedUrls = Assets.Where(a => a.SourceUrl != a.Url)
            .ToImmutableDictionary(a => a.SourceUrl, a => a.Url, StringComparer.Ordinal);
    }

    /// <summary>No assets.</summary>
    public static AssetManifest Empty { get; } = new([]);

    /// <summary>Every asset, ordered by source path.</summary>
    public ImmutableArray<PublishedAsset> Assets { get; }

    /// <summary>Source URL → published URL, for the assets whose name changed (fingerprinted).</summary>
    public ImmutableDictionary<string, string> RenamedUrls { get; }

    /// <summary>The asset at <paramref name="url"/> (e.g. <c>/assets/css/site.css</c>), or null.</summary>
    public PublishedAsset? Find(string url) => _bySourceUrl.GetValueOrDefault(url);

    /// <summary>The URLs that <see cref="Find"/> knows, for "did you mean" hints.</summary>
    public IReadOnlyCollection<string> Urls => _bySourceUrl.Keys;
}
