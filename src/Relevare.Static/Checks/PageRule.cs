
namespace Relevare.Static.Checks;

/// <summary>
/// One small rule of the page pass, in the style of Markdig's extensions: a <see cref="PageRules"/> list holds the
/// rules, and <see cref="PagePass"/> runs them all over a page parsed once — <see cref="Start"/> for each rule,
/// then <see cref="Visit"/> for every element in document order, then <see cref="Finish"/>. Rules keep no state of
/// their own between pages: what they find goes into the <see cref="PageContext"/>.
/// </summary>
internal abstract class PageRule
{
    /// <summary>
    /// True for the checks of <c>checks:</c> (structure, images, links, safety): they are skipped in a build without
    /// checks, and given up when the page is too large or its checks run over budget (RS0008). The build's own
    /// rules (medical output, the Content-Security-Policy, the search index's text) always run to the end.
    /// </summary>
    public virtual bool IsCheck => true;

    /// <summary>Looks at the whole page, before any element is visited.</summary>
    public virtual void Start(PageContext page)
    {
    }

    /// <summary>Looks at one element; called for every element of the page, in document order.</summary>
    public virtual void Visit(PageContext page, PageElement element)
    {
    }

    /// <summary>Looks at the whole page, after every element was visited.</summary>
    public virtual void Finish(PageContext page)
    {
    }
}
