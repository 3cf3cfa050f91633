namespace Relevare.Static.Assets;

/// <summary>One file of assets/ as it is published.</summary>
/// <param name="SourcePath">Its path in the sources, e.g. <c>assets/css/site.css</c>.</param>
/// <param name="OutputPath">Its path in the output, e.g. <c>assets/css/site.3f2a1b9c0d.css</c> when fingerprinted.</param>
/// <param name="Integrity">The Subresource Integrity value of the published bytes (<c>sha384-…</c>).</param>
/// <param name="Content">The published bytes (minified and with rewritten references for style sheets).</param>
/// <param name="IsFingerprinted">True when the output name carries a hash of the content (cacheable forever).</param>
internal sealed record PublishedAsset(string SourcePath, string OutputPath, string Integrity, ReadOnlyMemory<byte> Content, bool IsFingerprinted)
{
    /// <summary>The URL templates and content use for it, e.g. <c>/assets/css/site.css</c>.</summary>
    public string SourceUrl => "/" + SourcePath;

    /// <summary>The URL it is published at.</summary>
    public string Url => "/" + OutputPath;
}
