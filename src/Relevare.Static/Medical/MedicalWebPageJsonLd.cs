using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.FrontMatter;
using Relevare.Static.Site;

namespace Relevare.Static.Medical;

/// <summary>
/// The schema.org <c>MedicalWebPage</c> JSON-LD of a health page, from its validated front matter. Written with
/// <see cref="Utf8JsonWriter"/> and a <see cref="JavaScriptEncoder"/>, which always escapes <c>&lt;</c>, <c>&gt;</c>
/// and <c>&amp;</c> (as <c>\u003C</c> …), so no title or reference can close the <c>&lt;script&gt;</c> element
/// and become markup. JSON-LD is data, not script: browsers never run it, and a CSP without inline scripts allows it.
/// </summary>
internal static class MedicalWebPageJsonLd
{
    // Letters of every script stay readable ("357–367"); the characters that matter to HTML are still escaped.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The JSON-LD object, indented, with <c>\n</c> line endings.</summary>
    /// <param name="config">The site's settings.</param>
    /// <param name="page">The health page.</param>
    /// <param name="permalink">The page's absolute URL.</param>
    /// <param name="citations">The page's numbered references.</param>
    /// <param name="reviewShown">False when the page may not claim its review (changed since, placeholder, future): no lastReviewed or reviewedBy.</param>
    public static string Create(SiteConfig config, Page page, string permalink, PageCitations citations, bool reviewShown = true)
    {
        var meta = page.Source.Metadata;
        var medical = meta.Medical;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "MedicalWebPage");
            json.WriteString("name", meta.Title);
            Optional(json, "description", meta.Description);
            json.WriteString("url", permalink);
            json.WriteString("inLanguage", config.LanguageOf(page.Source).Tag); // the page's own language (a translation is not in the default one)
            Optional(json, "datePublished", meta.Date is { } date ? Dates.Iso(date) : null);
            Optional(json, "dateModified", meta.Updated is { } updated ? Dates.Iso(updated) : null);
            Optional(json, "lastReviewed", reviewShown && meta.Reviewed is { } reviewed ? Dates.Iso(reviewed) : null);
            if (reviewShown && meta.Reviewed is not null && medical.Reviewer is { } reviewer)
            {
                json.WritePropertyName("reviewedBy");
                WritePerson(json, reviewer, config.BaseUrl);
            }

            json.WritePropertyName("author");
            if (medical.Author is { } author)
            {
                WritePerson(json, author, config.BaseUrl);
            }
            else
            {
                WriteClinic(json, config); // the clinic's own text when no person is named
            }

            if (!meta.Conditions.IsEmpty)
            {
                json.WriteStartArray("about");
                foreach (var condition in meta.Conditions)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "MedicalCondition");
                    json.WriteString("name", condition);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartObject("medicalAudience");
            json.WriteString("@type", "Patient");
            json.WriteEndObject();
            if (!citations.References.IsEmpty)
            {
                json.WriteStartArray("citation");
                foreach (var cited in citations.References)
                {
                    WriteArticle(json, cited.Reference);
                }

                json.WriteEndArray();
            }

            json.WritePropertyName("publisher");
            WriteClinic(json, config);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The element templates print in <c>&lt;head&gt;</c>.</summary>
    public static string ScriptElement(string json) => "<script type=\"application/ld+json\">\n" + json + "\n</script>";

    private static void WritePerson(Utf8JsonWriter json, Person person, Uri baseUrl)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Person");
        json.WriteString("name", person.Name);
        Optional(json, "honorificSuffix", person.Credentials.Length > 0 ? person.Credentials : null);
        Optional(json, "jobTitle", person.Role);
        Optional(json, "url", person.BioUrl(baseUrl));
        json.WriteEndObject();
    }

    private static void WriteClinic(Utf8JsonWriter json, SiteConfig config)
    {
        json.WriteStartObject();
        json.WriteString("@type", "MedicalClinic");
        json.WriteString("name", config.Clinic.Name);
        json.WriteString("url", config.BaseUrl.AbsoluteUri);
        Optional(json, "telephone", config.Clinic.ConfirmedPhone); // never a placeholder
        json.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter json, Reference reference)
    {
        json.WriteStartObject();
        json.WriteString("@type", "ScholarlyArticle");
        json.WriteString("name", reference.Title);
        var authors = reference.Authors.Where(a => !a.StartsWith("et al", StringComparison.OrdinalIgnoreCase)).ToList();
        if (authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in authors)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Person");
                json.WriteString("name", author);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteString("datePublished", reference.Year);
        if (reference.Journal is { } journal)
        {
            json.WriteStartObject("isPartOf");
            json.WriteString("@type", "Periodical");
            json.WriteString("name", journal);
            json.WriteEndObject();
        }

        json.WriteString("url", reference.PrimaryUrl);
        var others = new[] { reference.PubMedUrl, reference.Url }.OfType<string>().Where(u => u != reference.PrimaryUrl).ToList();
        if (others.Count > 0)
        {
            json.WriteStartArray("sameAs");
            others.ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
