using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Citations;

/// <summary>
/// Validates a page's <c>references</c> front matter into <see cref="Reference"/>s: every entry needs a key,
/// authors, a title, a year and at least one way to find the source (DOI, PubMed id or URL); DOIs and PubMed ids
/// must have their registries' syntax. Every mistake is an RS0609 error at the value.
/// </summary>
internal static partial class ReferenceReader
{
    private static readonly string[] Fields =
        ["key", "authors", "title", "journal", "year", "volume", "issue", "pages", "doi", "pmid", "url", "language"];

    /// <summary>The references; null when any entry has a mistake (all of them reported).</summary>
    public static ImmutableArray<Reference>? Read(string path, YamlNode node, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        if (node is not YamlSequence list)
        {
            Error(path, diagnostics, node, "'references' must be a list of references", "start each reference with '- key: …' on its own line");
            return null;
        }

        var references = ImmutableArray.CreateBuilder<Reference>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (ReadOne(path, item, diagnostics) is not { } reference)
            {
                continue;
            }

            if (seen.TryGetValue(reference.Key, out var firstLine))
            {
                Error(path, diagnostics, item, $"the reference key '{reference.Key}' is used twice (first on line {firstLine})", "give every reference its own key, e.g. author and year: 'niesters2014'");
                continue;
            }

            seen[reference.Key] = reference.Location.Line;
            references.Add(reference);
        }

        return diagnostics.Count > errorsBefore ? null : references.ToImmutable();
    }

    /// <summary>True when <paramref name="doi"/> has the syntax of a DOI (Crossref's pattern for modern DOIs).</summary>
    public static bool IsDoi(string doi) => Doi().IsMatch(doi);

    /// <summary>True when <paramref name="pmid"/> is a PubMed id: a positive whole number of up to nine digits.</summary>
    public static bool IsPmid(string pmid) => Pmid().IsMatch(pmid);

    private static Reference? ReadOne(string path, YamlNode item, List<Diagnostic> diagnostics)
    {
        if (item is not YamlMapping map)
        {
            Error(path, diagnostics, item, "every reference must be a mapping with 'key', 'authors', 'title', 'year' and 'doi'", "write '- key: niesters2014' and the other fields indented under it");
            return null;
        }

        var errorsBefore = diagnostics.Count;
        foreach (var unknown in map.Entries.Where(e => !Fields.Contains(e.Key.Value)))
        {
            Error(path, diagnostics, unknown.Key, $"unknown reference field '{unknown.Key.Value}'", Suggestions.DidYouMean(unknown.Key.Value, Fields));
        }

        var key = Text(path, map, "key", diagnostics, required: true);
        if (key is not null && !Patterns.ReferenceKey().IsMatch(key))
        {
            Error(path, diagnostics, map.Find("key")!.Value, $"the reference key '{key}' may use only letters, digits, '-' and '_'", "use author and year, e.g. 'niesters2014'");
        }

        var authors = Authors(path, map, diagnostics);
        var title = Text(path, map, "title", diagnostics, required: true);
        var journal = Text(path, map, "journal", diagnostics, required: false);
        var year = Text(path, map, "year", diagnostics, required: true);
        if (year is not null && !Year().IsMatch(year))
        {
            Error(path, diagnostics, map.Find("year")!.Value, $"the year '{year}' is not a year", "write four digits, e.g. 'year: 2014'");
        }

        var doi = Text(path, map, "doi", diagnostics, required: false);
        if (doi is not null && !IsDoi(doi))
        {
            Error(path, diagnostics, map.Find("doi")!.Value, $"'{doi}' is not a DOI", DoiHint(doi));
        }

        var pmid = Text(path, map, "pmid", diagnostics, required: false);
        if (pmid is not null && !IsPmid(pmid))
        {
            Error(path, diagnostics, map.Find("pmid")!.Value, $"'{pmid}' is not a PubMed id", "write only the number PubMed shows as 'PMID', e.g. 'pmid: 29923953' (a PMC number such as PMC4014022 goes in 'url')");
        }

        var url = Text(path, map, "url", diagnostics, required: false);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            Error(path, diagnostics, map.Find("url")!.Value, $"'{url}' is not an http(s) address", "write the full address, e.g. 'url: https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4014022/'");
        }

        var language = Text(path, map, "language", diagnostics, required: false);
        if (language is not null && !Patterns.SiteLanguageTag().IsMatch(language))
        {
            Error(path, diagnostics, map.Find("language")!.Value, $"'{language}' is not a language tag", "write the language the source is written in as a BCP 47 tag in lower case, e.g. 'language: en' or 'language: es'");
        }

        if (doi is null && pmid is null && url is null && key is not null)
        {
            Error(path, diagnostics, map, $"the reference '{key}' gives no way to find the source", "add its 'doi' (preferred), its PubMed id as 'pmid', or a 'url'");
        }

        if (diagnostics.Count > errorsBefore)
        {
            return null;
        }

        return new Reference(
            key!, authors, title!, journal, year!, Text(path, map, "volume", diagnostics, required: false),
            Text(path, map, "issue", diagnostics, required: false), Text(path, map, "pages", diagnostics, required: false),
            doi, pmid, url, new SourceLocation(path, map.Line, map.Column))
        {
            Language = language,
        };
    }

    private static string DoiHint(string doi)
    {
        var at = doi.IndexOf("10.", StringComparison.Ordinal);
        return at > 0 && IsDoi(doi[at..])
            ? $"write only the DOI, without a prefix: 'doi: {doi[at..]}'"
            : "a DOI starts with '10.', a number, '/' and the publisher's suffix, e.g. 'doi: 10.1111/bcp.12094'";
    }

    private static ImmutableArray<string> Authors(string path, YamlMapping map, List<Diagnostic> diagnostics)
    {
        var entry = map.Find("authors");
        switch (entry?.Value)
        {
            case null:
            case YamlScalar { IsNull: true }:
                Error(path, diagnostics, entry?.Value ?? map, "the reference has no 'authors'", "write 'authors: [Niesters M, Martini C, Dahan A]'");
                return [];
            case YamlScalar single:
                return [single.Value.Trim()];
            case YamlSequence list when list.Items.Length > 0 && list.Items.All(i => i is YamlScalar { IsNull: false }):
                return [.. list.Items.Cast<YamlScalar>().Select(s => s.Value.Trim())];
            default:
                Error(path, diagnostics, entry.Value, "'authors' must be a list of names", "write 'authors: [Niesters M, Martini C, Dahan A]'");
                return [];
        }
    }

    private static string? Text(string path, YamlMapping map, string field, List<Diagnostic> diagnostics, bool required)
    {
        var entry = map.Find(field);
        if (entry?.Value is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
        {
            return scalar.Value.Trim();
        }

        if (entry is not null && entry.Value is not YamlScalar)
        {
            Error(path, diagnostics, entry.Value, $"the reference's '{field}' must be text", $"write '{field}: …' on one line");
        }
        else if (required)
        {
            Error(path, diagnostics, entry?.Value ?? (YamlNode)map, $"the reference has no '{field}'", $"add '{field}: …' to the reference");
        }

        return null;
    }

    private static void Error(string path, List<Diagnostic> diagnostics, YamlNode at, string message, string hint) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidReference, new SourceLocation(path, at.Line, at.Column), message, hint));

    // Crossref's recommended pattern, which matches all but a handful of legacy DOIs.
    [GeneratedRegex(@"^10\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+$")]
    private static partial Regex Doi();

    [GeneratedRegex("^[1-9][0-9]{0,8}$")]
    private static partial Regex Pmid();

    [GeneratedRegex("^(1[5-9]|20)[0-9]{2}$")]
    private static partial Regex Year();
}
