using System.Collections.Immutable;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Site;

namespace Relevare.Static.Medical;

/// <summary>
/// The governance of one translated page against its source (the page in the site's default language with the same
/// translation key): it records which version of the source it translates (RS0627, RS0628); it is out of date when
/// the source's reviewed version is newer than that (RS0626; see <see cref="SourceVersion"/>) — not for a recorded
/// editorial change, which cannot alter meaning, nor for a change to the source not signed off yet; a
/// translated health page is reviewed by someone who reviews in its language (RS0630); it cites the same references
/// (RS0631); and it cannot claim a review older than the source version it translates (RS0632). Pure: the pages, the
/// review record and the people come in, diagnostics and a status go out.
/// </summary>
internal static class TranslationCheck
{
    /// <summary>Checks <paramref name="translation"/>, a page in <paramref name="language"/>, against <paramref name="source"/>.</summary>
    /// <param name="translation">The translated page.</param>
    /// <param name="language">Its language tag, e.g. <c>es</c>.</param>
    /// <param name="defaultLanguage">The site's default language, e.g. <c>en</c>.</param>
    /// <param name="source">The page in the default language with the same translation key, or null when there is none.</param>
    /// <param name="settings">site.yml's medical section with the people and the review record.</param>
    /// <param name="diagnostics">Where findings go.</param>
    public static TranslationStatus Check(
        SourcePage translation, string language, string defaultLanguage, SourcePage? source, MedicalSettings settings, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(translation);
        ArgumentNullException.ThrowIfNull(settings);
        var meta = translation.Metadata;
        var record = meta.Medical.TranslationOf;
        var at = record?.Location ?? SourceLocation.File(translation.Path);
        CheckReviewer(translation, language, defaultLanguage, diagnostics);
        if (record is not null && (source is null || record.Source != source.Path))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.TranslationSourceUnknown, at,
                source is null
                    ? $"translation_of names '{record.Source}', but no page in the site's default language ({defaultLanguage}) has this page's translation key"
                    : $"translation_of names '{record.Source}', but the page in {defaultLanguage} with this page's translation key is '{source.Path}'",
                source is null
                    ? "name the page this one translates, at the same place under content/ (content/es/x.md translates content/x.md), or set 'translation_key' on both"
                    : $"write 'source: {source.Path}', or give both pages the same 'translation_key'"));
            return new TranslationStatus(translation.Path, language, source?.Path, TranslationState.NotRecorded, null);
        }

        if (source is null)
        {
            return new TranslationStatus(translation.Path, language, null, Pending(translation) ? TranslationState.PendingReview : TranslationState.Current, null);
        }

        CheckReferences(translation, source, diagnostics);
        var current = ReviewFingerprint.Of(source);
        if (record is null)
        {
            // Only health pages are held to it: their facts were reviewed, and a stale translation could contradict them.
            if (!source.Metadata.Medical.IsHealthPage && !meta.Medical.IsHealthPage)
            {
                return new TranslationStatus(translation.Path, language, source.Path, TranslationState.NotRecorded, null);
            }

            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.TranslationNotRecorded, SourceLocation.File(translation.Path),
                $"this page translates {source.Path} but does not record which version of it, so nobody can tell when the source changes",
                $"if it matches the source as it is now, add 'translation_of: {{ source: {source.Path}, fingerprint: \"{current}\" }}' to its front matter"));
            return new TranslationStatus(translation.Path, language, source.Path, TranslationState.NotRecorded, null);
        }

        var history = settings.Reviews.TryGetValue(source.Path, out var entries) ? entries : [];
        var translated = LastIndexOf(history, record.Fingerprint);
        var versionDate = record.SourceReviewed ?? (translated >= 0 ? history[translated].Date : null);
        CheckReviewDate(translation, record, versionDate, diagnostics);
        var version = SourceVersion.Compare(record, current, history, source);
        switch (version.State)
        {
            case SourceVersionState.Current:
                return new TranslationStatus(translation.Path, language, source.Path, Pending(translation) ? TranslationState.PendingReview : TranslationState.Current, null);
            case SourceVersionState.AwaitingSignOff:
                // Not a finding here: the source's unsigned change fails --strict on the source, whose RS0623 names this page.
                return new TranslationStatus(translation.Path, language, source.Path, TranslationState.SourceChangePending, null);
        }

        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TranslationOutOfDate, at, OutOfDateMessage(source, version, settings), OutOfDateHint(source, version, current)));
        return new TranslationStatus(translation.Path, language, source.Path, TranslationState.OutOfDate, version.Since);
    }

    private static string OutOfDateMessage(SourcePage source, SourceVersion version, MedicalSettings settings)
    {
        var since = version.Since is { } day ? $" since {Dates.Iso(day)}" : "";
        var text = $"this translation is out of date{since}: its source {source.Path} changed after it was translated";
        if (version is { FirstSignOff: { } first, InForce: { } last })
        {
            text += version.SignOffsSince == 1
                ? $", and the new version was signed off on {SignOff(first, settings)}"
                : $", and it has been signed off {version.SignOffsSince} times since: first on {SignOff(first, settings)}, last on {SignOff(last, settings)}";
            return version.FurtherChangePending ? text + "; it has changed again since, and that change is not signed off yet" : text;
        }

        return source.Metadata.Medical.IsHealthPage && source.Metadata.Reviewed is { } reviewed
            ? $"{text}, and it has no sign-off in {ReviewFile.Path}, so its current text stands as reviewed on {Dates.Text(reviewed)} (its 'reviewed' date)"
            : text;
    }

    private static string OutOfDateHint(SourcePage source, SourceVersion version, string current)
    {
        const string Notice = "; until then the page shows readers a notice linking to the current page";
        if (version.FurtherChangePending)
        {
            return $"{source.Path} has a newer change that is not signed off yet: once it is signed off (or recorded as editorial), bring the translation in line with the source's text, have it reviewed, and record the fingerprint this warning then gives under translation_of" + Notice;
        }

        var reviewed = version.InForce?.Date ?? (source.Metadata.Medical.IsHealthPage ? source.Metadata.Reviewed : null);
        return $"bring the translation in line with the source's current text and have it reviewed, then record the new version: 'fingerprint: \"{current}\"'"
            + (reviewed is { } d ? $" and 'reviewed: {Dates.Iso(d)}'" : "") + " under translation_of" + Notice;
    }

    private static string SignOff(ReviewEntry entry, MedicalSettings settings) =>
        $"{Dates.Text(entry.Date)} by {settings.People?.GetValueOrDefault(entry.Person)?.Name ?? entry.Person}";

    // A translated health page with no review it may show: declared pending (a placeholder), or no reviewer resolved.
    private static bool Pending(SourcePage translation) =>
        translation.Metadata.Medical.IsHealthPage && (translation.Metadata.Reviewed is null || translation.Metadata.Medical.Reviewer is null);

    private static int LastIndexOf(ImmutableArray<ReviewEntry> history, string fingerprint)
    {
        for (var i = history.Length - 1; i >= 0; i--)
        {
            if (history[i].Content == fingerprint)
            {
                return i;
            }
        }

        return -1;
    }

    private static void CheckReviewer(SourcePage translation, string language, string defaultLanguage, List<Diagnostic> diagnostics)
    {
        var meta = translation.Metadata;
        if (!meta.Medical.IsHealthPage || meta.Medical.Reviewer is not { } reviewer || reviewer.ReviewsIn(language, defaultLanguage))
        {
            return;
        }

        var listed = reviewer.Languages is { } languages ? $"lists only {string.Join(", ", languages)}" : $"lists no 'languages' (so only {defaultLanguage})";
        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.ReviewerLacksLanguage, meta.Locations.GetValueOrDefault("reviewer", SourceLocation.File(translation.Path)),
            $"this page is in '{language}', but its reviewer '{reviewer.Key}' ({reviewer.Name}) {listed} in {PeopleFile.Path}: a translated health page needs its own review by someone who reads its language",
            $"have it reviewed by a person whose entry in {PeopleFile.Path} has 'languages: [{defaultLanguage}, {language}]'; until then declare the review pending, both 'reviewed:' and 'reviewer:': '{{ placeholder: pending, why: \"no reviewer reads {language} yet\" }}'"));
    }

    private static void CheckReferences(SourcePage translation, SourcePage source, List<Diagnostic> diagnostics)
    {
        var mine = translation.Metadata.Medical.References;
        var theirs = source.Metadata.Medical.References;
        var missing = theirs.Select(r => r.Key).Except(mine.Select(r => r.Key), StringComparer.Ordinal).ToList();
        var extra = mine.Select(r => r.Key).Except(theirs.Select(r => r.Key), StringComparer.Ordinal).ToList();
        var changed = mine.Join(theirs, r => r.Key, r => r.Key, (m, t) => (Mine: m, Theirs: t), StringComparer.Ordinal)
            .Where(p => !SameWork(p.Mine, p.Theirs)).Select(p => p.Mine.Key).ToList();
        if (missing.Count == 0 && extra.Count == 0 && changed.Count == 0)
        {
            return;
        }

        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"it lacks {Keys(missing)}");
        }

        if (extra.Count > 0)
        {
            problems.Add($"it adds {Keys(extra)}");
        }

        if (changed.Count > 0)
        {
            problems.Add($"{Keys(changed)} name{(changed.Count == 1 ? "s" : "")} another work (DOI, PubMed id or year differ)");
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.TranslationReferencesDiffer, translation.Metadata.Locations.GetValueOrDefault("references", SourceLocation.File(translation.Path)),
            $"this translation's references differ from those of its source {source.Path}: {string.Join("; ", problems)}",
            "a translation states the same facts on the same evidence: copy the source's 'references' (the keys, DOIs and PubMed ids; a title may stay in its original language) and cite them where the source does"));
    }

    private static bool SameWork(Reference a, Reference b) =>
        a.Doi == b.Doi && a.Pmid == b.Pmid && a.Year == b.Year;

    private static string Keys(List<string> keys) => string.Join(", ", keys.Select(k => $"'{k}'"));

    private static void CheckReviewDate(SourcePage translation, TranslationRecord record, DateOnly? versionDate, List<Diagnostic> diagnostics)
    {
        if (translation.Metadata.Reviewed is not { } reviewed || versionDate is not { } version || reviewed >= version)
        {
            return;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.TranslationReviewBeforeSource, translation.Metadata.Locations.GetValueOrDefault("reviewed", record.Location),
            $"this translation says it was reviewed on {Dates.Iso(reviewed)}, before the version of {record.Source} it translates was signed off ({Dates.Iso(version)}): a translation cannot be reviewed before its source existed",
            "write the date the translation itself was reviewed (on or after its source's sign-off), or correct translation_of's 'reviewed'"));
    }
}
