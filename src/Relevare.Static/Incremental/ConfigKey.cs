namespace Relevare.Static.Incremental;

/// <summary>The inputs every result depends on: when they change, nothing cached is reused.</summary>
/// <param name="SiteYml">The bytes of site.yml, or null when it is missing.</param>
/// <param name="Options">The build options.</param>
internal sealed record ConfigKey(byte[]? SiteYml, BuildOptions Options)
{
    public bool Matches(ConfigKey other) =>
        Options == other.Options
        && (SiteYml is null ? other.SiteYml is null : other.SiteYml is not null && SiteYml.AsSpan().SequenceEqual(other.SiteYml));
}
