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

    private static readonly FieldCodes Codes = new(DiagnosticCodes.InvalidReference);

    private static readonly FieldWording Wording = new()
    {
        NotText = field => ($"the reference's '{field}' must be text", $"write '{field}: …' on one line"),
        Missing = field => ($"the reference has no '{field}'", $"add '{field}: …' to the reference"),
        UnknownKey = (field, _) => $"unknown reference field '{field}'",
    };

    /// <summary>The references; null when any entry has a mistake (all of them reported).</summary>
    public static ImmutableArray<Reference>? Read(string path, YamlNode node, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        var fields = new FieldReader(path, Codes, diagnostics, Wording);
        if (node is not YamlSequence list)
        {
            fields.Invalid(node, "'references' must be a list of references", "start each reference with '- key: …' on its own line");
            return null;
        }

        var references = ImmutableArray.CreateBuilder<Reference>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (ReadOne(fields, item) is not { } reference)
            {
                continue;
            }

            if (seen.TryGetValue(reference.Key, out var firstLine))
            {
                fields.Invalid(item, $"the reference key '{reference.Key}' is used twice (first on line {firstLine})", "give every reference its own key, e.g. author and year: 'niesters2014'");
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

    private static Reference? ReadOne(FieldReader fields, YamlNode item)
    {
        var diagnostics = fields.Diagnostics;
        if (item is not YamlMapping map)
        {
            fields.Invalid(item, "every reference must be a mapping with 'key', 'authors', 'title', 'year' and 'doi'", "write '- key: niesters2014' and the other fields indented under it");
            return null;
        }

        var errorsBefore = diagnostics.Count;
        fields.UnknownKeys(map, Fields, "a reference");
        var key = fields.Text(map, "key", required: true);
        if (key is not null && !Patterns.ReferenceKey().IsMatch(key))
        {
            fields.Invalid(map.Find("key")!.Value, $"the reference key '{key}' may use only letters, digits, '-' and '_'", "use author and year, e.g. 'niesters2014'");
        }

        var authors = Authors(fields, map);
        var title = fields.Text(map, "title", required: true);
        var journal = fields.Text(map, "journal", required: false);
        var year = fields.Text(map, "year", required: true);
        if (year is not null && !Year().IsMatch(year))
        {
            fields.Invalid(map.Find("year")!.Value, $"the year '{year}' is not a year", "write four digits, e.g. 'year: 2014'");
        }

        var doi = fields.Text(map, "doi", required: false);
        if (doi is not null && !IsDoi(doi))
        {
            fields.Invalid(map.Find("doi")!.Value, $"'{doi}' is not a DOI", DoiHint(doi));
        }

        var pmid = fields.Text(map, "pmid", required: false);
        if (pmid is not null && !IsPmid(pmid))
        {
            fields.Invalid(map.Find("pmid")!.Value, $"'{pmid}' is not a PubMed id", "write only the number PubMed shows as 'PMID', e.g. 'pmid: 29923953' (a PMC number such as PMC4014022 goes in 'url')");
        }

        var url = fields.Text(map, "url", required: false);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            fields.Invalid(map.Find("url")!.Value, $"'{url}' is not an http(s) address", "write the full address, e.g. 'url: https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4014022/'");
        }

        var language = fields.Text(map, "language", required: false);
        if (language is not null && !Patterns.SiteLanguageTag().IsMatch(language))
        {
            fields.Invalid(map.Find("language")!.Value, $"'{language}' is not a language tag", "write the language the source is written in as a BCP 47 tag in lower case, e.g. 'language: en' or 'language: es'");
        }

        if (doi is null && pmid is null && url is null && key is not null)
        {
            fields.Invalid(map, $"the reference '{key}' gives no way to find the source", "add its 'doi' (preferred), its PubMed id as 'pmid', or a 'url'");
        }

        if (diagnostics.Count > errorsBefore)
        {
            return null;
        }

        return new Reference(
            key!, authors, title!, journal, year!, fields.Text(map, "volume", required: false),
            fields.Text(map, "issue", required: false), fields.Text(map, "pages", required: false),
            doi, pmid, url, fields.Location(map))
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

    private static ImmutableArray<string> Authors(FieldReader fields, YamlMapping map)
    {
        var entry = map.Find("authors");
        switch (entry?.Value)
        {
            case null:
            case YamlScalar { IsNull: true }:
                fields.Invalid(entry?.Value ?? map, "the reference has no 'authors'", "write 'authors: [Niesters M, Martini C, Dahan A]'");
                return [];
            case YamlScalar single:
                return [single.Value.Trim()];
            case YamlSequence list when list.Items.Length > 0 && list.Items.All(i => i is YamlScalar { IsNull: false }):
                return [.. list.Items.Cast<YamlScalar>().Select(s => s.Value.Trim())];
            default:
                fields.Invalid(entry.Value, "'authors' must be a list of names", "write 'authors: [Niesters M, Martini C, Dahan A]'");
                return [];
        }
    }

    // Crossref's recommended pattern, which matches all but a handful of legacy DOIs.
    [GeneratedRegex(@"^10\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+$")]
    private static partial Regex Doi();

    [GeneratedRegex("^[1-9][0-9]{0,8}$")]
    private static partial Regex Pmid();

    [GeneratedRegex("^(1[5-9]|20)[0-9]{2}$")]
    private static partial Regex Year();
}
