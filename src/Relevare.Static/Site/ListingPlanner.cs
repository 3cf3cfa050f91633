using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Site;

/// <summary>
/// Plans the listing pages: one listing per section (<c>/conditions/</c>) unless the section has a page of its own
/// at that URL, and one per condition (<c>/topics/migraine/</c>), each split into pages of
/// <see cref="PublishingConfig.PageSize"/> items (<c>/topics/migraine/page/2/</c>).
/// </summary>
internal static class ListingPlanner
{
    private static readonly FrozenDictionary<char, string> Unaccented = new (string Letters, string Plain)[]
    {
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"),
    }.SelectMany(g => g.Letters.Select(letter => KeyValuePair.Create(letter, g.Plain))).ToFrozenDictionary();

    /// <summary>Every listing page, ordered by URL.</summary>
    public static List<Listing> Plan(PublishingConfig publishing, IReadOnlyList<Page> pages, List<Diagnostic> diagnostics) =>
        Plan(publishing, pages, "/", "", diagnostics);

    /// <summary>
    /// Every listing page of the pages of one language, under <paramref name="root"/> (<c>/</c>, or <c>/es/</c> for the
    /// Spanish pages: <c>/es/conditions/</c>, <c>/es/topics/migrana/</c>), ordered by URL.
    /// </summary>
    public static List<Listing> Plan(PublishingConfig publishing, IReadOnlyList<Page> pages, string root, string language, List<Diagnostic> diagnostics)
    {
        var listings = new List<Listing>();
        var urls = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var section in pages.Where(p => p.Source.Section.Length > 0).GroupBy(p => p.Source.Section, StringComparer.Ordinal))
        {
            var url = $"{root}{section.Key}/";
            if (!urls.Contains(url))
            {
                listings.AddRange(Paginate(ListingKind.Section, section.Key, section.Key, Title(section.Key.Replace('-', ' ')), url, [.. section], publishing.PageSize));
            }
        }

        var conditions = new SortedDictionary<string, (SortedSet<string> Names, List<Page> Pages)>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var condition in page.Source.Metadata.Conditions.Distinct(StringComparer.Ordinal))
            {
                var key = Slug(condition);
                var url = $"{root}{PublishedPaths.Topics}/{key}/";
                var problem = key.Length == 0 ? "it has no letters or digits" : PortablePath.Problem(url[1..] + "page/1000/index.html");
                if (problem is not null)
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.ConditionWithoutUrl,
                        page.Source.Metadata.Locations.GetValueOrDefault("conditions", SourceLocation.File(page.Source.Path)),
                        $"the condition '{condition}' cannot be given a listing page: {problem}",
                        "name the condition in a few plain words, e.g. 'chronic pain'"));
                    continue;
                }

                if (!conditions.TryGetValue(key, out var entry))
                {
                    entry = (new SortedSet<string>(StringComparer.Ordinal), []);
                    conditions[key] = entry;
                }

                entry.Names.Add(condition);
                entry.Pages.Add(page);
            }
        }

        foreach (var (key, (names, listed)) in conditions)
        {
            // Spellings that differ only in case or accents share a listing; its name is the first spelling in order.
            var name = names.Min!;
            listings.AddRange(Paginate(ListingKind.Condition, key, name, Title(name), $"{root}{PublishedPaths.Topics}/{key}/", listed, publishing.PageSize));
        }

        return [.. listings.Select(l => l with { Language = language }).OrderBy(l => l.Url, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The URL segment for a condition: lowercase ASCII letters and digits joined by hyphens. Accented Latin letters
    /// lose their accents (<c>Ménière's disease</c> → <c>meniere-s-disease</c>) by a table and by dropping combining
    /// marks, because the process runs with invariant globalization, where <c>Normalize</c> changes nothing.
    /// </summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var plain = char.IsAsciiLetterOrDigit(c) ? c.ToString() : Unaccented.GetValueOrDefault(char.ToLowerInvariant(c));
            if (plain is not null)
            {
                slug.Append(plain.ToLowerInvariant());
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    /// <summary>Pages newest <c>date</c> first, then by title and URL: the order of every list of pages.</summary>
    public static IEnumerable<Page> NewestFirst(IEnumerable<Page> pages) =>
        pages.OrderByDescending(p => p.Source.Metadata.Date ?? DateOnly.MinValue)
            .ThenBy(p => p.Source.Metadata.Title, StringComparer.Ordinal)
            .ThenBy(p => p.Url, StringComparer.Ordinal);

    /// <summary>The pages the feed lists (articles with a date), newest first.</summary>
    public static List<Page> FeedEntries(SiteModel site) =>
        [.. NewestFirst(site.Pages.Where(p => p.Source.Metadata.Type == "article" && NewestDate(p) is not null))];

    /// <summary>The pages the feed of <paramref name="language"/> lists, newest first (every language has its own feed).</summary>
    public static List<Page> FeedEntries(SiteModel site, SiteLanguage language) =>
        [.. FeedEntries(site).Where(p => !site.Config.IsMultilingual || site.LanguageOf(p) == language)];

    /// <summary>The newest of a page's <c>date</c>, <c>updated</c> and <c>reviewed</c>, or null.</summary>
    public static DateOnly? NewestDate(Page page)
    {
        var meta = page.Source.Metadata;
        return new[] { meta.Date, meta.Updated, meta.Reviewed }.Max();
    }

    private static IEnumerable<Listing> Paginate(ListingKind kind, string key, string name, string title, string url, List<Page> pages, int pageSize)
    {
        var items = NewestFirst(pages.Distinct()).ToList();
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        ImmutableArray<string> pageUrls = [.. Enumerable.Range(1, count).Select(n => n == 1 ? url : $"{url}page/{n.ToString(CultureInfo.InvariantCulture)}/")];
        for (var n = 1; n <= count; n++)
        {
            yield return new Listing(kind, key, name, title, pageUrls[n - 1], pageUrls[n - 1][1..] + "index.html", n, pageUrls,
                [.. items.Skip((n - 1) * pageSize).Take(pageSize)]);
        }
    }

    private static string Title(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
