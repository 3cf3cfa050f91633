namespace Relevare.Static.Site;

/// <summary>A page placed in the site: its source and where it is published.</summary>
/// <param name="Source">The validated source.</param>
/// <param name="Url">Site-relative URL with a trailing slash, e.g. <c>/conditions/migraine/</c>.</param>
/// <param name="OutputPath">Path in the output folder, e.g. <c>conditions/migraine/index.html</c>.</param>
public sealed record Page(SourcePage Source, string Url, string OutputPath)
{
    /// <summary>True for <c>content/index.md</c>, and for the home page of another language (<c>content/es/index.md</c>).</summary>
    public bool IsHome => Url == HomeUrl;

    /// <summary>The URL of the home page of the page's language: <c>/</c>, or e.g. <c>/es/</c>.</summary>
    public string HomeUrl { get; init; } = "/";

    /// <summary>True for pages search engines should not index (the generated 404 and search pages).</summary>
    public bool NoIndex { get; init; }
}
