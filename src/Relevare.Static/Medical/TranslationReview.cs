using System.Collections.Immutable;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Site;

namespace Relevare.Static.Medical;

/// <summary>
/// Runs <see cref="TranslationCheck"/> on every published page of a language other than the default, against the
/// page of the default language in its translation group, once the site model exists (a translation's state depends
/// on another page, so it cannot be part of the per-page analysis). Gives the report's translations table and the
/// notices out-of-date translations show.
/// </summary>
internal static class TranslationReview
{
    /// <summary>The translations table (empty for a site with one language or without a medical section).</summary>
    public static ImmutableArray<TranslationRow> Check(SiteModel site, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        var config = site.Config;
        if (!config.IsMultilingual || config.Medical is not { } settings)
        {
            return [];
        }

        var statuses = new Dictionary<string, TranslationStatus>(StringComparer.Ordinal);
        foreach (var page in site.Pages.Where(p => !site.LanguageOf(p).IsDefault).OrderBy(p => p.Source.Path, StringComparer.Ordinal))
        {
            var source = site.GroupOf(page).FirstOrDefault(t => t.Language.IsDefault)?.Page.Source;
            if (source is null && page.Source.Metadata.Medical.TranslationOf is null)
            {
                continue; // not a translation (es-core reports an unmatched translation_key)
            }

            statuses[page.Source.Path] = TranslationCheck.Check(page.Source, site.LanguageOf(page).Tag, config.DefaultLanguage.Tag, source, settings, diagnostics);
        }

        var others = config.AllLanguages.Where(l => !l.IsDefault).ToList();
        return [.. site.Pages
            .Where(p => site.LanguageOf(p).IsDefault && !p.NoIndex)
            .OrderBy(p => p.Source.Path, StringComparer.Ordinal)
            .Select(p => new TranslationRow(p.Source.Path, p.Url, p.Source.Metadata.Title, p.Source.Metadata.Medical.IsHealthPage, [.. others.Select(language =>
            {
                var translation = site.GroupOf(p).FirstOrDefault(t => t.Language.Tag == language.Tag)?.Page;
                if (translation is null)
                {
                    return new TranslationCell(language.Tag, TranslationState.Missing, null, null, null);
                }

                var status = statuses.GetValueOrDefault(translation.Source.Path);
                var state = status?.State ?? TranslationState.Current;
                return new TranslationCell(language.Tag, state, status?.Since, translation.Source.Path, translation.Url)
                {
                    AwaitsReviewerForLanguage = state == TranslationState.PendingReview && !AnyoneReviewsIn(settings, language.Tag, config.DefaultLanguage.Tag),
                };
            })]))];
    }

    /// <summary>
    /// By source path, the translations waiting for the source's change to be signed off (<see cref="TranslationState.SourceChangePending"/>):
    /// the source's RS0623 names them, since they go out of date at that sign-off.
    /// </summary>
    public static ImmutableDictionary<string, ImmutableArray<string>> AwaitingSignOff(ImmutableArray<TranslationRow> rows) =>
        rows.Select(row => (row.Path, Paths: row.Cells.Where(c => c.State == TranslationState.SourceChangePending && c.Path is not null).Select(c => c.Path!).ToImmutableArray()))
            .Where(r => !r.Paths.IsEmpty)
            .ToImmutableDictionary(r => r.Path, r => r.Paths, StringComparer.Ordinal);

    // Whether the people file has a person who may review pages in the language (languages: [en, es]).
    private static bool AnyoneReviewsIn(MedicalSettings settings, string language, string defaultLanguage) =>
        settings.People?.Values.Any(p => p.ReviewsIn(language, defaultLanguage)) ?? false;

    /// <summary>The notices of the out-of-date translations of <paramref name="rows"/>, by translation path.</summary>
    public static ImmutableDictionary<string, TranslationNotice> Notices(SiteModel site, ImmutableArray<TranslationRow> rows) =>
        rows.SelectMany(row => row.Cells.Where(c => c.State == TranslationState.OutOfDate && c.Path is not null)
                .Select(c => (c.Path!, new TranslationNotice(row.Url, row.Title, site.Config.DefaultLanguage.Tag, c.Since))))
            .ToImmutableDictionary(n => n.Item1, n => n.Item2, StringComparer.Ordinal);
}
