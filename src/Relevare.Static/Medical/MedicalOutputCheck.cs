using System.Text.Json;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Site;

namespace Relevare.Static.Medical;

/// <summary>
/// Checks a health page's rendered HTML, as a browser or search engine sees it: the medical disclaimer is shown
/// (RS0611), and exactly one JSON-LD block parses as a <c>MedicalWebPage</c> that says what the page's front
/// matter says (RS0614). Templates decide what is printed, so this catches a layout that forgot the disclaimer
/// partial or <c>page.structured_data</c>, printed it twice, or changed it.
/// </summary>
internal static class MedicalOutputCheck
{
    internal const string DisclaimerHint =
        "the page's layout must include the disclaimer, e.g. {{ include 'partials/disclaimer.html' }}; site.yml's medical.disclaimer_selector says how to find it";

    internal const string StructuredDataHint =
        "print {{ page.structured_data }} once, unchanged, inside <head> of templates/base.html (see docs/template-model.md)";

    /// <summary>
    /// Checks <paramref name="output"/>, what the health page's output shows as read by the page pass from the page it
    /// parsed once (the check stage's <c>MedicalOutputRule</c>); findings go to <paramref name="diagnostics"/>, at the
    /// page's source.
    /// </summary>
    public static void Check(SiteConfig config, MedicalSettings settings, Page page, string permalink, PageCitations citations, RenderedHealthPage output, List<Diagnostic> diagnostics, bool reviewShown = true)
    {
        var at = SourceLocation.File(page.Source.Path);
        if (!output.ShowsDisclaimer)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MissingDisclaimer, at,
                $"this health page does not show the medical disclaimer (nothing matches '{settings.DisclaimerSelector}' in {page.OutputPath})",
                DisclaimerHint));
        }

        foreach (var problem in StructuredDataProblems(config, page, permalink, citations, output, reviewShown))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.StructuredDataInvalid, at, $"the page's JSON-LD {problem} (in {page.OutputPath})", StructuredDataHint));
        }
    }

    private static List<string> StructuredDataProblems(SiteConfig config, Page page, string permalink, PageCitations citations, RenderedHealthPage output, bool reviewShown)
    {
        var blocks = new List<JsonElement>();
        foreach (var script in output.StructuredData)
        {
            JsonElement root;
            try
            {
                using var parsed = JsonDocument.Parse(script);
                root = parsed.RootElement.Clone();
            }
            catch (JsonException e)
            {
                return [$"is not valid JSON: {e.Message}"];
            }

            if (root.ValueKind == JsonValueKind.Object && Text(root, "@type") == "MedicalWebPage")
            {
                blocks.Add(root);
            }
        }

        return blocks.Count switch
        {
            0 => ["is missing: a health page needs a MedicalWebPage <script type=\"application/ld+json\">"],
            > 1 => [$"is given {blocks.Count} times: a page describes itself once"],
            _ => Validate(config, page, permalink, citations, output, blocks[0], reviewShown),
        };
    }

    private static List<string> Validate(SiteConfig config, Page page, string permalink, PageCitations citations, RenderedHealthPage output, JsonElement root, bool reviewShown)
    {
        var meta = page.Source.Metadata;
        var problems = new List<string>();
        void Expect(string property, string? actual, string? expected)
        {
            if (expected is not null && actual != expected)
            {
                problems.Add(actual is null ? $"has no '{property}' (expected '{expected}')" : $"has '{property}' '{actual}', expected '{expected}'");
            }
        }

        Expect("@context", Text(root, "@context"), "https://schema.org");
        Expect("name", Text(root, "name"), meta.Title);
        Expect("description", Text(root, "description"), meta.Description);
        Expect("url", Text(root, "url"), output.Canonical ?? permalink);
        Expect("inLanguage", Text(root, "inLanguage"), output.Language ?? config.Language);
        // A page that may not claim its review (changed since, placeholder, future date) must not state one.
        if (!reviewShown && (Text(root, "lastReviewed") is not null || Object(root, "reviewedBy") is not null))
        {
            problems.Add("states lastReviewed or reviewedBy, but the page may not claim its review (see the review finding on the page)");
        }

        Expect("lastReviewed", Text(root, "lastReviewed"), reviewShown && meta.Reviewed is { } reviewed ? Dates.Iso(reviewed) : null);
        if (reviewShown && meta.Reviewed is not null && meta.Medical.Reviewer is { } reviewer)
        {
            var reviewedBy = Object(root, "reviewedBy");
            Expect("reviewedBy.@type", Text(reviewedBy, "@type"), "Person");
            Expect("reviewedBy.name", Text(reviewedBy, "name"), reviewer.Name);
            Expect("reviewedBy.honorificSuffix", Text(reviewedBy, "honorificSuffix"), reviewer.Credentials.Length > 0 ? reviewer.Credentials : null);
        }

        var author = Object(root, "author");
        if (Text(author, "@type") is not ("Person" or "MedicalClinic" or "Organization") || string.IsNullOrWhiteSpace(Text(author, "name")))
        {
            problems.Add("has no 'author' (a Person or the clinic, with a name)");
        }

        var about = Array(root, "about");
        if (about.Count != meta.Conditions.Length || about.Any(c => Text(c, "@type") != "MedicalCondition" || string.IsNullOrWhiteSpace(Text(c, "name"))))
        {
            problems.Add($"'about' must list the page's {meta.Conditions.Length} condition(s) as MedicalCondition with a name");
        }

        Expect("medicalAudience.@type", Text(Object(root, "medicalAudience"), "@type"), "Patient");
        var articles = Array(root, "citation");
        if (articles.Count != citations.References.Length)
        {
            problems.Add($"'citation' lists {articles.Count} source(s), but the page has {citations.References.Length} reference(s)");
        }

        foreach (var (article, cited) in articles.Zip(citations.References))
        {
            Expect("citation.@type", Text(article, "@type"), "ScholarlyArticle");
            Expect("citation.name", Text(article, "name"), cited.Reference.Title);
            Expect("citation.url", Text(article, "url"), cited.Reference.PrimaryUrl);
            if (Text(article, "url") is { } url && url.StartsWith("https://doi.org/", StringComparison.Ordinal) && !ReferenceReader.IsDoi(url["https://doi.org/".Length..]))
            {
                problems.Add($"cites '{url}', which is not a DOI address");
            }
        }

        var publisher = Object(root, "publisher");
        Expect("publisher.@type", Text(publisher, "@type"), "MedicalClinic");
        Expect("publisher.name", Text(publisher, "name"), config.Clinic.Name);
        Expect("publisher.telephone", Text(publisher, "telephone"), config.Clinic.ConfirmedPhone);
        return problems;
    }

    internal static string? Text(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal static JsonElement? Object(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static List<JsonElement> Array(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];
}
