using System.Collections.Immutable;
using System.Globalization;
using Relevare.Static.Configuration;
using Relevare.Static.FrontMatter;
using Relevare.Static.Markdown;
using Relevare.Static.Medical;
using Relevare.Static.Site;
using Scriban.Runtime;

namespace Relevare.Static.Templating;

/// <summary>
/// The small, explicit, snake_case model templates see (documented in docs/template-model.md). Every member
/// is always present, optional ones as null, because member access is strict.
/// </summary>
internal static class TemplateModel
{
    // The members of a page's model: a summary's, the page's own and the medical ones (MedicalTemplateModel).
    private const int PageMembers = 45;

    /// <summary>
    /// The <c>site</c> global of every language, by language tag, built once per build and shared read-only by every
    /// render: a page sees the one of its language (<see cref="SiteFor"/>). A one-language site has one.
    /// </summary>
    public static ScriptObject Site(SiteModel site, TemplateStrings? strings = null)
    {
        strings ??= TemplateStrings.None(site.Config);
        var languages = site.Config.AllLanguages;
        var byLanguage = new ScriptObject(languages.Length);
        foreach (var language in languages)
        {
            byLanguage[language.Tag] = SiteIn(site, language, date => strings.FormatDate(language.Tag, date), strings.Own(language.Tag, "site_title"));
        }

        byLanguage.IsReadOnly = true;
        return byLanguage;
    }

    /// <summary>The <c>site</c> global a page in <paramref name="language"/> sees, from <see cref="Site"/>'s result.</summary>
    public static ScriptObject SiteFor(ScriptObject byLanguage, SiteLanguage language) =>
        byLanguage[language.Tag] as ScriptObject ?? throw new InvalidOperationException($"no site model for the language '{language.Tag}'");

    // The site as the pages of one language see it: their pages, and the feed, search and home of their language.
    // The title is the language's strings file's site_title when it has one (the site's name in that language).
    private static ScriptObject SiteIn(SiteModel site, SiteLanguage language, Func<DateOnly, string> dateText, string? title)
    {
        var config = site.Config;
        var summaries = site.Pages
            .Where(p => !config.IsMultilingual || config.LanguageOf(p.Source) == language)
            .OrderByDescending(p => p.Source.Metadata.Date ?? DateOnly.MinValue)
            .ThenBy(p => p.Source.Metadata.Title, StringComparer.Ordinal)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        var model = new ScriptObject
        {
            ["title"] = title ?? config.Title,
            ["description"] = config.Description,
            ["base_url"] = config.BaseUrl.AbsoluteUri,
            ["language"] = language.Tag,
            ["default_language"] = config.DefaultLanguage.Tag,
            ["languages"] = Array(config.AllLanguages.Select(l => Object(
                ("lang", l.Tag), ("name", l.Name), ("url", l.RootUrl), ("is_current", l == language)))),
            ["home_url"] = language.RootUrl,
            ["clinic"] = Object(
                ("name", config.Clinic.Name),
                ("phone", config.Clinic.Phone),
                ("phone_href", config.Clinic.PhoneHref),
                ("address", config.Clinic.Address),
                ("phone_is_placeholder", config.Clinic.PhoneIsPlaceholder),
                ("address_is_placeholder", config.Clinic.AddressIsPlaceholder)),
            ["people"] = Array((config.Medical?.People ?? ImmutableSortedDictionary<string, Person>.Empty).Values.Select(p => MedicalTemplateModel.Person(p, site.LinkTargets.Images, config.Images.Sizes))),
            ["pages"] = Array(summaries.Select(p => Summary(p, dateText))),
            ["articles"] = Array(summaries.Where(p => p.Source.Metadata.Type == "article").Select(p => Summary(p, dateText))),
            ["feed_url"] = config.Publishing is null || ListingPlanner.FeedEntries(site, language).Count == 0 ? null : "/" + PublishedPaths.InLanguage(language, PublishedPaths.Feed),
            ["search_url"] = config.Publishing is null ? null : PublishedPaths.UrlInLanguage(language, PublishedPaths.SearchUrl),
            ["search_index_url"] = config.Publishing is null ? null : "/" + PublishedPaths.InLanguage(language, PublishedPaths.SearchIndex),
            ["manifest_url"] = config.Publishing is null ? null : "/" + PublishedPaths.Manifest,
        };
        model.IsReadOnly = true;
        return model;
    }

    /// <summary>The <c>page</c> global for one page.</summary>
    public static ScriptObject Page(SiteModel site, Page page, RenderedMarkdown body, MedicalPageAnalysis? medical = null, Func<DateOnly, string>? dateText = null)
    {
        dateText ??= Dates.Text;
        var meta = page.Source.Metadata;
        var model = SizedSummary(page, PageMembers, dateText);
        model["permalink"] = Permalink(site, page);
        model["template"] = meta.Template;
        model["source"] = page.Source.Path;
        model["is_home"] = page.IsHome;
        model["updated"] = Iso(meta.Updated);
        model["updated_text"] = Text(meta.Updated, dateText);
        model["reviewed"] = Iso(meta.Reviewed);
        model["reviewed_text"] = Text(meta.Reviewed, dateText);
        model["reviewer"] = meta.Reviewer;
        model["toc"] = Array(body.Toc.Select(t => Object(("level", t.Level), ("id", t.Id), ("text", t.Text))));
        model["content"] = new RawHtml(body.Html);
        model["noindex"] = page.NoIndex;
        var language = site.LanguageOf(page);
        var listingLanguage = language.IsDefault ? "" : language.Tag;
        model["lang"] = language.Tag;
        var translations = site.TranslationsOf(page);
        model["translations"] = Array(translations.Select(t => Object(
            ("lang", t.Language.Tag), ("name", t.Language.Name), ("url", t.Url), ("permalink", Permalink(site, t.Page)))));

        // hreflang alternates: every page of the group, this one included, and x-default (the default-language page).
        // Each page of a group lists the same set, so the links are reciprocal by construction.
        var group = site.GroupOf(page);
        model["alternates"] = Array(group.Select(t => Object(("hreflang", t.Language.Tag), ("href", Permalink(site, t.Page))))
            .Concat(group.Where(t => t.Language.IsDefault).Select(t => Object(("hreflang", "x-default"), ("href", Permalink(site, t.Page))))));
        // An out-of-date translation says so, linking to the current page it translates (docs/template-model.md).
        model["translation_outdated"] = site.OutdatedTranslations.TryGetValue(page.Source.Path, out var notice)
            ? Object(("url", notice.SourceUrl), ("title", notice.SourceTitle), ("lang", notice.SourceLanguage), ("since", Iso(notice.Since)), ("since_text", Text(notice.Since, dateText)))
            : null;
        model["section_listing"] = site.SectionListing(page.Source.Section, listingLanguage) is { } section
            ? Object(("title", section.Title), ("url", section.Url))
            : null;
        model["condition_listings"] = Array(meta.Conditions
            .Select(c => site.ConditionListing(ListingPlanner.Slug(c), listingLanguage))
            .OfType<Listing>()
            .DistinctBy(l => l.Url)
            .Select(l => Object(("name", l.Name), ("title", l.Title), ("url", l.Url))));
        var extra = new ScriptObject();
        foreach (var (name, value) in meta.Extra)
        {
            extra[name] = ExtraValue(value);
        }

        model["extra"] = extra;
        MedicalTemplateModel.AddTo(model, site.Config, page, medical, site.LinkTargets.Images, dateText);
        model.IsReadOnly = true;
        return model;
    }

    /// <summary>The <c>listing</c> global of a listing page.</summary>
    public static ScriptObject Listing(Listing listing, Func<DateOnly, string>? dateText = null)
    {
        dateText ??= Dates.Text;
        var model = Object(
            ("kind", listing.Kind == ListingKind.Section ? "section" : "condition"),
            ("name", listing.Name),
            ("title", listing.Title),
            ("page_number", listing.PageNumber),
            ("page_count", listing.PageCount),
            ("previous_url", listing.PageNumber > 1 ? listing.PageUrls[listing.PageNumber - 2] : null),
            ("next_url", listing.PageNumber < listing.PageCount ? listing.PageUrls[listing.PageNumber] : null),
            ("pages", Array(listing.PageUrls.Select((url, i) => Object(("number", i + 1), ("url", url), ("is_current", i + 1 == listing.PageNumber))))),
            ("items", Array(listing.Items.Select(p => Summary(p, dateText)))));
        model.IsReadOnly = true;
        return model;
    }

    // base_url ends with '/', Url starts with one.
    private static string Permalink(SiteModel site, Page page) => site.Config.BaseUrl.AbsoluteUri + page.Url[1..];

    private static ScriptObject Summary(Page page, Func<DateOnly, string> dateText) => SizedSummary(page, 9, dateText);

    private static ScriptObject SizedSummary(Page page, int capacity, Func<DateOnly, string> dateText)
    {
        var meta = page.Source.Metadata;
        return Object(
            capacity,
            ("title", meta.Title),
            ("description", meta.Description),
            ("url", page.Url),
            ("type", meta.Type),
            ("section", page.Source.Section),
            ("date", Iso(meta.Date)),
            ("date_text", Text(meta.Date, dateText)),
            ("tags", Array(meta.Tags)),
            ("conditions", Array(meta.Conditions)));
    }

    private static ScriptObject Object(params (string Name, object? Value)[] members) => Object(members.Length, members);

    // A front matter field of the page's own: dates as YYYY-MM-DD; lists and mappings (kept with 'unknown_fields: keep') as Scriban's.
    private static object? ExtraValue(object value) => value switch
    {
        DateOnly date => Iso(date),
        ImmutableArray<string> list => Array(list),
        ImmutableArray<object> items => Array(items.Select(ExtraValue)),
        ImmutableSortedDictionary<string, object> map => Object(map.Count, [.. map.Select(e => (e.Key, ExtraValue(e.Value)))]),
        _ => value,
    };

    // Sized up front: a page's model is built for every page, and growing a dictionary copies it.
    private static ScriptObject Object(int capacity, params (string Name, object? Value)[] members)
    {
        var model = new ScriptObject(capacity);
        foreach (var (name, value) in members)
        {
            model[name] = value;
        }

        return model;
    }

    // Sized when the count is known (lists, the front matter's arrays; the page's model has several per page), and
    // filled without a Cast iterator.
    private static ScriptArray Array<T>(IEnumerable<T> items)
    {
        var array = items.TryGetNonEnumeratedCount(out var count) ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(DateOnly? date, Func<DateOnly, string> dateText) => date is { } day ? dateText(day) : null;
}
