namespace Relevare.Static.Checks;

/// <summary>Why a page refers to a URL; decides which checks the reference gets.</summary>
internal enum ReferenceKind
{
    /// <summary><c>a[href]</c>, <c>area[href]</c>: must exist, fragment checked, counts for reachability.</summary>
    Link,

    /// <summary><c>meta http-equiv=refresh</c>: like a link.</summary>
    Redirect,

    /// <summary><c>img</c>, <c>source</c>, <c>video[poster]</c> and other images: must exist.</summary>
    Image,

    /// <summary>Scripts, stylesheets, icons, frames, media: must exist.</summary>
    Resource,

    /// <summary>Canonical link, og:url, og:image: must exist.</summary>
    Metadata,
}
