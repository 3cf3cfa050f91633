using System.Collections.Frozen;
using System.Collections.Immutable;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Site;

/// <summary>
/// Groups the pages that are translations of each other (the same translation key in different languages), and
/// reports what would make a group ambiguous or a page land in the wrong language.
/// </summary>
internal static class TranslationGroups
{
    // ISO 639-1: a top-level folder under content/ with one of these names, not declared as a language's folder or
    // as a section, is most likely a translation whose language site.yml does not declare yet.
    private static readonly FrozenSet<string> LanguageCodes = (
        "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el "
        + "en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu "
        + "ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na "
        + "nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so "
        + "sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu")
        .Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The groups of <paramref name="published"/>, by translation key, each in site.yml's order of languages. Two
    /// pages of <paramref name="all"/> with one key and one language are an error (RS0503) and left out of the
    /// groups; a translation whose <c>translation_key:</c> matches no page of the default language is a warning (RS0505).
    /// </summary>
    public static ImmutableDictionary<string, ImmutableArray<Translation>> Build(
        SiteConfig config, IReadOnlyList<Page> all, IReadOnlyCollection<Page> published, List<Diagnostic> diagnostics)
    {
        if (!config.IsMultilingual)
        {
            return ImmutableDictionary<string, ImmutableArray<Translation>>.Empty;
        }

        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clash in all.GroupBy(p => (p.Source.TranslationKey, config.LanguageOf(p.Source).Tag)).Where(g => g.Skip(1).Any()))
        {
            var members = clash.OrderBy(p => p.Source.Path, StringComparer.Ordinal).ToList();
            foreach (var page in members)
            {
                var others = string.Join(", ", members.Where(o => !ReferenceEquals(o, page)).Select(o => o.Source.Path));
                var location = page.Source.Metadata.Locations.TryGetValue("translation_key", out var at) ? at : SourceLocation.File(page.Source.Path);
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.DuplicateTranslation, location,
                    $"this page and {others} are both the '{clash.Key.Tag}' page with translation key '{clash.Key.TranslationKey}': a page has one translation per language",
                    "give each page its own 'translation_key:' (or remove the one that copies another page's key); the key of a page without one is its path under its language's folder"));
            }

            duplicates.Add(clash.Key.TranslationKey);
        }

        var order = config.AllLanguages.Select((l, i) => (l.Tag, i)).ToDictionary(x => x.Tag, x => x.i, StringComparer.Ordinal);
        var groups = published
            .Where(p => !duplicates.Contains(p.Source.TranslationKey))
            .GroupBy(p => p.Source.TranslationKey, StringComparer.Ordinal)
            .Where(g => g.Skip(1).Any())
            .ToImmutableDictionary(
                g => g.Key,
                g => g.Select(p => new Translation(config.LanguageOf(p.Source), p)).OrderBy(t => order[t.Language.Tag]).ToImmutableArray(),
                StringComparer.Ordinal);

        // A translation_key that matches nothing in the default language is most likely mistyped.
        var defaultKeys = all.Where(p => config.LanguageOf(p.Source).IsDefault).Select(p => p.Source.TranslationKey).ToHashSet(StringComparer.Ordinal);
        foreach (var page in all.Where(p => !config.LanguageOf(p.Source).IsDefault && p.Source.Metadata.TranslationKey is not null && !defaultKeys.Contains(p.Source.TranslationKey)))
        {
            var key = page.Source.TranslationKey;
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.TranslationKeyUnmatched, page.Source.Metadata.Locations.GetValueOrDefault("translation_key", SourceLocation.File(page.Source.Path)),
                $"no page in the default language ({config.DefaultLanguage.Tag}) has the translation key '{key}', so this page is linked to no original",
                Suggestions.Closest(key, defaultKeys) is { } closest
                    ? $"did you mean '{closest}'?"
                    : "write the path of the original page under content/ (e.g. 'conditions/migraine.md'), or remove 'translation_key:' if the page has no original"));
        }

        return groups;
    }

    /// <summary>
    /// Warns (RS0504, once per folder) about a folder directly under content/ named like a language (<c>fr</c>) that
    /// site.yml declares neither as a language's folder nor as a section: its pages are published in the default
    /// language, which is rarely what whoever made the folder meant.
    /// </summary>
    public static void ReportUndeclaredFolders(SiteConfig config, IEnumerable<Page> pages, List<Diagnostic> diagnostics)
    {
        var folders = pages.Where(p => p.Source.Section.Length > 0 && LanguageCodes.Contains(p.Source.Section) // the cheap tests first: every page is tested
                && config.LanguageOf(p.Source).IsDefault && !config.Sections.ContainsKey(p.Source.Section))
            .GroupBy(p => p.Source.Section, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var first = folder.Select(p => p.Source.Path).Min(StringComparer.Ordinal)!;
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.UndeclaredLanguageFolder, SourceLocation.File(first),
                $"content/{folder.Key}/ looks like the folder of the language '{folder.Key}', but site.yml's 'languages:' does not declare it: its {folder.Count()} page(s) are published as {config.DefaultLanguage.Tag} pages",
                $"declare the language in site.yml: 'languages: {{ {config.DefaultLanguage.Tag}: {{ name: … }}, {folder.Key}: {{ name: …, folder: {folder.Key} }} }}' (docs/editors-guide.md, \"Pages in other languages\"), "
                + $"or, if it is not a language, add '{folder.Key}' to 'sections:'"));
        }
    }
}
