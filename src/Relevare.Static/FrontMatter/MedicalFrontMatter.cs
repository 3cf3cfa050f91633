using System.Collections.Immutable;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Readability;

namespace Relevare.Static.FrontMatter;

/// <summary>
/// The medical rules of front matter validation: authors and reviewers must be people of the people file
/// (RS0601), health pages must be reviewed (RS0603), and a page's own next review must come after its review
/// (RS0606). Runs inside front matter validation, so these errors are reported at the front matter line.
/// </summary>
internal static class MedicalFrontMatter
{
    private static readonly string[] ReviewFields = ["reviewed", "reviewer"];

    /// <summary>The page's medical metadata (mistakes reported to <paramref name="diagnostics"/>).</summary>
    /// <param name="settings">site.yml's medical section, or null.</param>
    /// <param name="type">The page's content type.</param>
    /// <param name="values">The validated front matter values by field name.</param>
    /// <param name="page">The front matter: which fields are written, valid or not, and where (<see cref="FrontMatterContext.LocationOf"/>).</param>
    /// <param name="diagnostics">Where mistakes go.</param>
    public static MedicalMetadata Read(
        MedicalSettings? settings,
        ContentType type,
        IReadOnlyDictionary<string, object> values,
        FrontMatterContext page,
        List<Diagnostic> diagnostics)
    {
        var references = values.GetValueOrDefault("references") is ImmutableArray<Reference> list ? list : [];
        var exception = values.GetValueOrDefault("readability_exception") as ReadabilityExemption;
        var nextReview = values.GetValueOrDefault("next_review") as DateOnly?;
        var reviewed = values.GetValueOrDefault("reviewed") as DateOnly?;
        if (nextReview is { } next && reviewed is { } last && next <= last)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidNextReview, page.LocationOf("next_review"),
                $"next_review ({Dates.Iso(next)}) must come after reviewed ({Dates.Iso(last)})",
                "set the date of the next planned review, or remove 'next_review' to use the site's review interval"));
        }

        if (settings is null)
        {
            return new MedicalMetadata(false, values.GetValueOrDefault("author") as string, null, null, nextReview, references, exception)
            {
                TranslationOf = values.GetValueOrDefault("translation_of") as TranslationRecord,
            };
        }

        var isHealth = settings.IsHealthType(type.Name);
        if (isHealth)
        {
            // A required field that is missing is already RS0205; one written but invalid is already reported.
            // Every built-in field written in the front matter, valid or not: only health pages need them.
            var written = page.Map.Entries.Select(e => type.BuiltInOf(e.Key.Value)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var field in ReviewFields.Where(f => !written.Contains(f) && !(type.Fields.GetValueOrDefault(type.FrontMatterName(f))?.Required ?? false)))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.HealthPageNotReviewed, page.LocationOf(field),
                    $"this health page has no '{field}': every health page shows when it was last reviewed and by whom",
                    field == "reviewed" ? "add 'reviewed: YYYY-MM-DD', the date a reviewer last checked the facts" : "add 'reviewer: …' with the key of a person in " + PeopleFile.Path));
            }
        }

        var author = Resolve(settings, "author", values, page, diagnostics);
        var reviewer = Resolve(settings, "reviewer", values, page, diagnostics);
        return new MedicalMetadata(isHealth, values.GetValueOrDefault("author") as string, author, reviewer, nextReview, references, exception)
        {
            TranslationOf = values.GetValueOrDefault("translation_of") as TranslationRecord,
        };
    }

    private static Person? Resolve(MedicalSettings settings, string field, IReadOnlyDictionary<string, object> values, FrontMatterContext page, List<Diagnostic> diagnostics)
    {
        if (values.GetValueOrDefault(field) is not string key || settings.People is not { } people)
        {
            return null;
        }

        if (people.TryGetValue(key, out var person))
        {
            return person;
        }

        var byName = people.Values.FirstOrDefault(p => string.Equals(p.Name, key.Trim(), StringComparison.OrdinalIgnoreCase));
        var hint = byName is not null ? $"'{field}' names a person by key: write '{field}: {byName.Key}'"
            : people.Count == 0 ? $"there is no {PeopleFile.Path}: create it and add '{key}' with name and credentials"
            : Suggestions.Closest(key, people.Keys) is { } closest ? $"did you mean '{closest}'? (people are listed in {PeopleFile.Path})"
            : $"add '{key}' to {PeopleFile.Path} with name and credentials, or use one of: {string.Join(", ", people.Keys)}";
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownPerson, page.LocationOf(field), $"{field} '{key}' is not in {PeopleFile.Path}", hint));
        return null;
    }
}
