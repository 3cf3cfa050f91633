namespace Relevare.Static.Checks;

/// <summary>
/// Content-Security-Policy conformance: what the policy that <c>_headers</c> sends would block on this page
/// (<see cref="PolicyInspection.Inspect"/>, element by element), reported as one RS0803 per page by the
/// publishing stage in a build, or by <c>relevare check</c> when the checked folder's <c>_headers</c> sends the policy.
/// </summary>
internal sealed class PolicyRule : PageRule
{
    private readonly Uri _baseUrl;
    private readonly Func<string, bool> _reportedElsewhere;

    /// <param name="baseUrl">The site's address: what counts as this site.</param>
    /// <param name="reportedElsewhere">True for a page check's code that already reports its breach of the policy as an error.</param>
    public PolicyRule(Uri baseUrl, Func<string, bool> reportedElsewhere)
    {
        _baseUrl = baseUrl;
        _reportedElsewhere = reportedElsewhere;
    }

    public override bool IsCheck => false;

    public override void Start(PageContext page) => page.PolicyViolations = [];

    public override void Visit(PageContext page, PageElement element)
    {
        var found = page.PolicyViolations!;
        PolicyInspection.Inspect(element, _baseUrl, _reportedElsewhere, found);

        // The page is parsed with scripting on, where <noscript>'s content is text; a browser without script parses it
        // as elements and loads what they name, so the policy applies to them too (a tracking pixel, a font's stylesheet).
        if (element.LocalName == "noscript" && element.IsHtml && !string.IsNullOrWhiteSpace(element.TextContent))
        {
            var content = page.Parser.ParsePlain("<!doctype html><body>" + element.TextContent);
            foreach (var inner in content.Body?.Descendants() ?? [])
            {
                PolicyInspection.Inspect(inner, _baseUrl, _reportedElsewhere, found);
            }
        }
    }
}
