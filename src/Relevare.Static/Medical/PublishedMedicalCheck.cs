using System.Text.Json;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Medical;

/// <summary>
/// The medical output rules as <c>relevare check --site</c> can apply them to a built page without its sources: a page
/// whose JSON-LD calls it a <c>MedicalWebPage</c> is a health page, so it must show the disclaimer (RS0611), describe
/// itself once, and say what the HTML and site.yml say (its canonical URL, language, the clinic as publisher, an
/// author, patients as audience: RS0614). What only the front matter knows (title, review, conditions, citations) is
/// compared by the build (<see cref="MedicalOutputCheck"/>).
/// </summary>
internal static class PublishedMedicalCheck
{
    /// <summary>Checks <paramref name="output"/>, what the page at <paramref name="htmlPath"/> (as reported) shows, when it is a health page.</summary>
    public static void Check(SiteConfig config, MedicalSettings settings, RenderedHealthPage output, string htmlPath, List<Diagnostic> diagnostics)
    {
        var blocks = new List<JsonElement>();
        string? invalid = null;
        foreach (var script in output.StructuredData)
        {
            try
            {
                using var parsed = JsonDocument.Parse(script);
                if (parsed.RootElement.ValueKind == JsonValueKind.Object && MedicalOutputCheck.Text(parsed.RootElement, "@type") == "MedicalWebPage")
                {
                    blocks.Add(parsed.RootElement.Clone());
                }
            }
            catch (JsonException e)
            {
                invalid ??= e.Message;
            }
        }

        if (blocks.Count == 0)
        {
            return; // not a health page, as far as its HTML tells
        }

        var at = SourceLocation.File(htmlPath);
        if (!output.ShowsDisclaimer)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MissingDisclaimer, at,
                $"this health page (its JSON-LD is a MedicalWebPage) does not show the medical disclaimer: nothing matches '{settings.DisclaimerSelector}'",
                MedicalOutputCheck.DisclaimerHint));
        }

        foreach (var problem in Problems(config, output, blocks, invalid))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.StructuredDataInvalid, at, $"the page's JSON-LD {problem}", MedicalOutputCheck.StructuredDataHint));
        }
    }

    private static List<string> Problems(SiteConfig config, RenderedHealthPage output, List<JsonElement> blocks, string? invalid)
    {
        if (invalid is not null)
        {
            return [$"is not valid JSON: {invalid}"];
        }

        if (blocks.Count > 1)
        {
            return [$"is given {blocks.Count} times: a page describes itself once"];
        }

        var root = blocks[0];
        var problems = new List<string>();
        void Expect(string property, string? actual, string? expected)
        {
            if (expected is not null && actual != expected)
            {
                problems.Add(actual is null ? $"has no '{property}' (expected '{expected}')" : $"has '{property}' '{actual}', expected '{expected}'");
            }
        }

        Expect("@context", MedicalOutputCheck.Text(root, "@context"), "https://schema.org");
        Expect("url", MedicalOutputCheck.Text(root, "url"), output.Canonical);
        Expect("inLanguage", MedicalOutputCheck.Text(root, "inLanguage"), output.Language ?? config.Language);
        var author = MedicalOutputCheck.Object(root, "author");
        if (MedicalOutputCheck.Text(author, "@type") is not ("Person" or "MedicalClinic" or "Organization") || string.IsNullOrWhiteSpace(MedicalOutputCheck.Text(author, "name")))
        {
            problems.Add("has no 'author' (a Person or the clinic, with a name)");
        }

        Expect("medicalAudience.@type", MedicalOutputCheck.Text(MedicalOutputCheck.Object(root, "medicalAudience"), "@type"), "Patient");
        var publisher = MedicalOutputCheck.Object(root, "publisher");
        Expect("publisher.@type", MedicalOutputCheck.Text(publisher, "@type"), "MedicalClinic");
        Expect("publisher.name", MedicalOutputCheck.Text(publisher, "name"), config.Clinic.Name);
        Expect("publisher.telephone", MedicalOutputCheck.Text(publisher, "telephone"), config.Clinic.ConfirmedPhone);
        return problems;
    }
}
