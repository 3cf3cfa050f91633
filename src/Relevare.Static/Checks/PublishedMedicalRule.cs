using Relevare.Static.Configuration;
using Relevare.Static.Medical;

namespace Relevare.Static.Checks;

/// <summary>
/// The medical output rules of <c>relevare check --site</c> with a site.yml that has <c>medical:</c>: a page whose
/// JSON-LD is a MedicalWebPage shows the disclaimer and describes itself consistently (<see cref="PublishedMedicalCheck"/>).
/// </summary>
internal sealed class PublishedMedicalRule : PageRule
{
    private readonly SiteConfig _config;
    private readonly MedicalSettings _settings;

    public PublishedMedicalRule(SiteConfig config, MedicalSettings settings)
    {
        _config = config;
        _settings = settings;
    }

    public override bool IsCheck => false;

    public override void Finish(PageContext page) =>
        PublishedMedicalCheck.Check(_config, _settings, HealthPageReading.Read(page, _settings), page.Options.PathPrefix + page.Path, page.MedicalFindings);
}
