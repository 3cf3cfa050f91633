using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Medical;
using Relevare.Static.Site;

namespace Relevare.Static.Checks;

/// <summary>
/// A health page's output in a build: the medical disclaimer is shown (RS0611) and its JSON-LD says what its front
/// matter says (RS0614), read from the page the pass parsed (<see cref="MedicalOutputCheck"/>). One per page: it
/// carries that page's front matter and citations.
/// </summary>
internal sealed class MedicalOutputRule : PageRule
{
    private readonly SiteConfig _config;
    private readonly MedicalSettings _settings;
    private readonly Page _page;
    private readonly string _permalink;
    private readonly PageCitations _citations;
    private readonly bool _reviewShown;

    public MedicalOutputRule(SiteConfig config, MedicalSettings settings, Page page, string permalink, PageCitations citations, bool reviewShown)
    {
        _config = config;
        _settings = settings;
        _page = page;
        _permalink = permalink;
        _citations = citations;
        _reviewShown = reviewShown;
    }

    public override bool IsCheck => false;

    public override void Finish(PageContext page) =>
        MedicalOutputCheck.Check(_config, _settings, _page, _permalink, _citations, HealthPageReading.Read(page, _settings), page.MedicalFindings, _reviewShown);
}
