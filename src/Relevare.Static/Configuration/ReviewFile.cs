using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>
/// <c>content/_data/reviews.yml</c>: the sign-offs of health pages, by page path, oldest first. Written by
/// <c>relevare review</c> (never by hand) and read by the build, which compares each page with its last sign-off.
/// </summary>
internal static class ReviewFile
{
    /// <summary>Where the review record lives, relative to the site's folder.</summary>
    public const string Path = ContentDiscovery.DataFolder + "reviews.yml";

    private static readonly SafeYamlReader.Codes YamlCodes = new(
        DiagnosticCodes.ReviewRecordInvalid, DiagnosticCodes.ReviewRecordInvalid, DiagnosticCodes.ReviewRecordInvalid);

    private static readonly string[] Fields = ["date", "reviewer", "editorial", "by", "content"];

    // Every mistake has one code and one fix: the file is written by a command, not by hand.
    private const string Fix = "this file is written by 'relevare review': restore it from version control, or run 'relevare review' again for the page";

    private static readonly FieldWording Wording = new() { UnknownKey = (field, _) => $"unknown field '{field}' in a sign-off", UnknownKeyHint = Fix };

    /// <summary>The sign-offs by page path (e.g. <c>content/conditions/migraine.md</c>); empty when there is no file.</summary>
    public static ImmutableSortedDictionary<string, ImmutableArray<ReviewEntry>> Load(ISourceFileSystem source, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        var empty = ImmutableSortedDictionary<string, ImmutableArray<ReviewEntry>>.Empty.WithComparers(StringComparer.Ordinal);
        if (!source.FileExists(Path))
        {
            return empty;
        }

        var text = SourceText.Decode(Path, source.ReadAllBytes(Path), diagnostics);
        return text is null ? empty : Parse(text, diagnostics);
    }

    /// <summary>Parses the text of the review record.</summary>
    public static ImmutableSortedDictionary<string, ImmutableArray<ReviewEntry>> Parse(string text, List<Diagnostic> diagnostics)
    {
        var records = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<ReviewEntry>>(StringComparer.Ordinal);
        var root = SafeYamlReader.Read(Path, text, 1, YamlCodes, diagnostics);
        if (root is null || root is YamlScalar { IsNull: true })
        {
            return records.ToImmutable();
        }

        if (root is not YamlMapping pages)
        {
            Error(diagnostics, root, "reviews.yml must be a mapping of page paths to lists of sign-offs");
            return records.ToImmutable();
        }

        foreach (var page in pages.Entries)
        {
            if (page.Value is not YamlSequence list)
            {
                Error(diagnostics, page.Value, $"the sign-offs of '{page.Key.Value}' must be a list");
                continue;
            }

            var entries = ImmutableArray.CreateBuilder<ReviewEntry>();
            foreach (var item in list.Items)
            {
                if (Entry(item, diagnostics) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            records[page.Key.Value] = entries.ToImmutable();
        }

        return records.ToImmutable();
    }

    /// <summary>The text of the review record for <paramref name="records"/>: pages in path order, sign-offs oldest first.</summary>
    public static string Write(IReadOnlyDictionary<string, ImmutableArray<ReviewEntry>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var text = new StringBuilder()
            .Append("# The sign-offs of health pages, kept by 'relevare review' (docs/editors-guide.md, \"Review records\").\n")
            .Append("# One entry per sign-off, oldest first. Do not edit by hand: the build compares each page with the\n")
            .Append("# 'content' fingerprint of its last sign-off, and a page that changed since does not claim the review.\n");
        foreach (var (page, entries) in records.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.Append(Quoted(page)).Append(":\n");
            foreach (var e in entries)
            {
                var date = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                text.Append(e.IsReview
                    ? $"  - {{ date: {date}, reviewer: {e.Person}, content: \"{e.Content}\" }}\n"
                    : $"  - {{ date: {date}, editorial: {Quoted(e.Editorial!)}, by: {e.Person}, content: \"{e.Content}\" }}\n");
            }
        }

        return text.ToString();
    }

    private static ReviewEntry? Entry(YamlNode item, List<Diagnostic> diagnostics)
    {
        if (item is not YamlMapping map)
        {
            Error(diagnostics, item, "a sign-off must be a mapping: { date: …, reviewer: …, content: … }");
            return null;
        }

        if (!new FieldReader(Path, new FieldCodes(DiagnosticCodes.ReviewRecordInvalid), diagnostics, Wording).UnknownKeys(map, Fields, "a sign-off"))
        {
            return null;
        }

        var date = FieldReader.Date(FieldReader.Scalar(map, "date"));
        var content = FieldReader.Scalar(map, "content");
        var editorial = FieldReader.Scalar(map, "editorial");
        var person = editorial is null ? FieldReader.Scalar(map, "reviewer") : FieldReader.Scalar(map, "by");
        if (date is not { } day || content is null || !Patterns.Fingerprint().IsMatch(content) || person is null)
        {
            Error(diagnostics, map, "a sign-off needs 'date' (YYYY-MM-DD), 'reviewer' (or 'editorial' and 'by') and a 'content' fingerprint");
            return null;
        }

        return new ReviewEntry(day, person, editorial, content, new SourceLocation(Path, map.Line, map.Column));
    }

    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void Error(List<Diagnostic> diagnostics, YamlNode at, string message) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ReviewRecordInvalid, new SourceLocation(Path, at.Line, at.Column), message, Fix));
}
