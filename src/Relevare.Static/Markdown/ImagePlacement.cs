using Relevare.Static.Images;

namespace Relevare.Static.Markdown;

/// <summary>How one Markdown image of a page is written: the image it shows and its place on the page.</summary>
/// <param name="Entry">The planned image.</param>
/// <param name="Lazy">True for every image but the page's first, which is likely in view when the page opens.</param>
/// <param name="Decorative">True when the editor marked it decorative (<c>![](src "decorative")</c>): empty alt, hidden from screen readers.</param>
/// <param name="Sizes">The <c>sizes</c> attribute (site.yml <c>images: sizes</c>).</param>
internal sealed record ImagePlacement(ImageEntry Entry, bool Lazy, bool Decorative, string Sizes)
{
    /// <summary>True when the image is alone in its paragraph with a title, which becomes its caption.</summary>
    public bool InFigure { get; init; }

    /// <summary>The title marking an image decorative.</summary>
    public const string DecorativeTitle = "decorative";
}
