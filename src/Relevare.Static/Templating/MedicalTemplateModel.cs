using System.Collections.Immutable;
using System.Globalization;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.FrontMatter;
using Relevare.Static.Images;
using Relevare.Static.Medical;
using Relevare.Static.Site;
using Scriban.Runtime;

namespace Relevare.Static.Templating;

/// <summary>
/// The medical members of the <c>page</c> global (docs/template-model.md): people, review dates, references and
/// JSON-LD. Every member is always set, to null or an empty list when it does not apply, because member access
/// is strict. Nothing here depends on today's date, so pages stay byte-identical from one day to the next.
/// </summary>
internal static class MedicalTemplateModel
{
    public static void AddTo(ScriptObject model, SiteConfig config, Page page, MedicalPageAnalysis? analysis, ImmutableDictionary<string, ImageEntry>? images = null, Func<DateOnly, string>? dateText = null)
    {
        dateText ??= Dates.Text;
        var medical = page.Source.Metadata.Medical;
        model["is_health"] = medical.IsHealthPage;
        model["author"] = medical.Author is { } author ? Person(author, images, config.Images.Sizes) : null;
        model["reviewed_by"] = medical.Reviewer is { } reviewer ? Person(reviewer, images, config.Images.Sizes) : null;
        if (medical.Reviewer is { } person)
        {
            model["reviewer"] = person.Name; // the key resolved: templates printing page.reviewer show a name
        }

        // A page that may not claim its review (no confirmed date, a date in the future, changed since its last
        // sign-off) shows none: templates print "Page last reviewed" and "Reviewed by" only while they are true.
        var reviewShown = analysis?.ReviewShown ?? true;
        if (!reviewShown || page.Source.Metadata.Reviewed is null)
        {
            model["reviewed"] = null;
            model["reviewed_text"] = null;
            model["reviewed_by"] = null;
            model["reviewer"] = null;
        }

        model["review_changed"] = analysis?.ChangedSinceReview ?? false;

        var next = reviewShown ? analysis?.Review?.NextReview : null;
        model["next_review"] = next is { } date ? Dates.Iso(date) : null;
        model["next_review_text"] = next is { } text ? dateText(text) : null;
        var references = new ScriptArray();
        var pageLanguage = config.LanguageOf(page.Source).Tag;
        foreach (var cited in analysis?.Citations.References ?? [])
        {
            references.Add(Reference(cited, ReferenceLanguage(cited.Reference, pageLanguage, config.DefaultLanguage.Tag)));
        }

        model["references"] = references;
        model["structured_data"] = analysis?.StructuredData is { } json ? new RawHtml(MedicalWebPageJsonLd.ScriptElement(json)) : null;
    }

    /// <summary>One person of the people file, as <c>page.author</c>, <c>page.reviewed_by</c> and <c>site.people</c> show them.</summary>
    public static ScriptObject Person(Person person, ImmutableDictionary<string, ImageEntry>? images, string sizes) => new()
    {
        ["key"] = person.Key,
        ["name"] = person.Name,
        ["credentials"] = person.Credentials, // "" when the people file declares them a placeholder
        ["credentials_confirmed"] = person.Credentials.Length > 0,
        ["name_with_credentials"] = person.NameWithCredentials,
        ["role"] = person.Role,
        ["bio_url"] = person.Bio,
        ["portrait"] = Portrait(person, images, sizes),
        ["portrait_is_placeholder"] = person.PortraitIsPlaceholder,
    };

    // The portrait as published by the images stage (null while it is a placeholder, absent or unusable): what a
    // template needs to write it like a Markdown image, with its size, its variants and the person's name as alt.
    private static ScriptObject? Portrait(Person person, ImmutableDictionary<string, ImageEntry>? images, string sizes)
    {
        if (person.Portrait is not { } path || images?.GetValueOrDefault(path) is not { Problem: null, Variants.IsEmpty: false } entry)
        {
            return null;
        }

        var fallback = entry.Fallback.ToList();
        var largest = fallback[^1];
        return new ScriptObject
        {
            ["src"] = largest.Url,
            ["srcset"] = fallback.Count > 1 ? Srcset(fallback) : null,
            ["webp_srcset"] = entry.Webp.Any() ? Srcset(entry.Webp) : null,
            ["sizes"] = sizes,
            ["width"] = largest.Width,
            ["height"] = largest.Height,
            ["alt"] = person.Name,
        };
    }

    private static string Srcset(IEnumerable<ImageVariant> variants) =>
        string.Join(", ", variants.Select(v => v.Url + " " + v.Width.ToString(CultureInfo.InvariantCulture) + "w"));

    // The language of a reference's title and journal when it is not the page's (a study in English cited by a page
    // in Spanish), else null: a reference that does not say is in the site's default language.
    private static string? ReferenceLanguage(Reference reference, string pageLanguage, string defaultLanguage)
    {
        var language = reference.Language ?? defaultLanguage;
        return string.Equals(language, pageLanguage, StringComparison.OrdinalIgnoreCase) ? null : language;
    }

    private static ScriptObject Reference(CitedReference cited, string? language)
    {
        var reference = cited.Reference;
        return new ScriptObject
        {
            ["lang"] = language,
            ["number"] = cited.Number,
            ["key"] = reference.Key,
            ["id"] = CitationResolver.ReferenceId(reference.Key),
            ["cited"] = cited.CitationCount > 0,
            ["back_id"] = cited.FirstCitationId,
            ["authors"] = string.Join(", ", reference.Authors),
            ["authors_text"] = Sentence(string.Join(", ", reference.Authors)),
            ["title"] = reference.Title,
            ["title_text"] = Sentence(reference.Title),
            ["journal"] = reference.Journal,
            ["year"] = reference.Year,
            ["volume"] = reference.Volume,
            ["issue"] = reference.Issue,
            ["pages"] = reference.Pages,
            ["details"] = reference.Details,
            ["doi"] = reference.Doi,
            ["doi_url"] = reference.DoiUrl,
            ["pmid"] = reference.Pmid,
            ["pubmed_url"] = reference.PubMedUrl,
            ["url"] = reference.Url,
        };
    }

    // "Ketamine for chronic pain: risks and benefits" → "… benefits." (a title ending in ? or ! keeps its own stop)
    private static string Sentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!' ? text : text + ".";
}
