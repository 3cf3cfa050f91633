namespace Relevare.Static.Checks;

/// <summary>What a URL in a page points at.</summary>
internal enum UrlKind
{
    /// <summary>A file of the checked site (relative, root-relative, or absolute under the base URL).</summary>
    Internal,

    /// <summary>An http(s) URL elsewhere.</summary>
    External,

    /// <summary>Another scheme: mailto:, tel:, javascript:, data:, …</summary>
    OtherScheme,

    /// <summary>A relative path that climbs above the site's root with <c>..</c>.</summary>
    OutsideSite,
}
