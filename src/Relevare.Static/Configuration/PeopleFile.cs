using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>
/// Reads <c>content/_data/people.yml</c>: the authors and reviewers that pages name by key. The file is in
/// content/ because editors keep it (credentials and bios change with staff), but it is data, not a page.
/// </summary>
internal static partial class PeopleFile
{
    /// <summary>Where the people file lives, relative to the site's folder.</summary>
    public const string Path = ContentDiscovery.DataFolder + "people.yml";

    private static readonly FieldCodes Codes = new(DiagnosticCodes.PeopleFileInvalid);

    private static readonly SafeYamlReader.Codes YamlCodes = new(
        DiagnosticCodes.PeopleFileInvalid, DiagnosticCodes.PeopleFileInvalid, DiagnosticCodes.PeopleFileInvalid);

    private static readonly string[] Fields = ["name", "credentials", "role", "bio", "portrait", "languages"];

    /// <summary>
    /// The people by key: empty when the file does not exist, null when it cannot be read at all (reported; keys
    /// are then not checked). A person with a mistake is still listed, so pages naming them get no second error.
    /// </summary>
    public static ImmutableSortedDictionary<string, Person>? Load(ISourceFileSystem source, List<Diagnostic> diagnostics)
    {
        if (!source.FileExists(Path))
        {
            return ImmutableSortedDictionary<string, Person>.Empty.WithComparers(StringComparer.Ordinal);
        }

        var bytes = SourceReader.Read(source, Path, diagnostics);
        var text = bytes is null ? null : SourceText.Decode(Path, bytes, diagnostics);
        var root = text is null ? null : SafeYamlReader.Read(Path, text, 1, YamlCodes, diagnostics);
        if (root is null)
        {
            return null;
        }

        var file = new FieldReader(Path, Codes, diagnostics);
        if (root is not YamlMapping map)
        {
            file.Invalid(root, "people.yml must be a mapping of people by key", "write e.g. 'mallek: { name: \"Dr. Mallek\", credentials: \"MD\" }'");
            return null;
        }

        var people = ImmutableSortedDictionary.CreateBuilder<string, Person>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (Read(entry, file) is { } person)
            {
                people[person.Key] = person;
            }
        }

        return people.ToImmutable();
    }

    private static Person? Read(YamlEntry entry, FieldReader file)
    {
        var diagnostics = file.Diagnostics;
        var key = entry.Key.Value;
        if (!Patterns.Identifier().IsMatch(key))
        {
            file.Invalid(entry.Key, $"'{key}' is not a usable key for a person", "use lowercase letters, digits, '-' and '_', e.g. 'mallek'");
            return null;
        }

        if (entry.Value is not YamlMapping fields)
        {
            file.Invalid(entry.Value, $"'{key}' must be a mapping with name and credentials", $"write '{key}: {{ name: \"…\", credentials: \"…\", role: \"…\", bio: /about/ }}'");
            return null;
        }

        // The person's fields are named with the person in every message.
        var reader = file.With(new FieldWording
        {
            NotText = field => ($"'{field}' of '{key}' must be text", $"write '{field}: …' on one line"),
            Missing = field => ($"person '{key}' has no {field}", $"add '{field}: …': pages show it with every review"),
            UnknownKey = (field, _) => $"unknown field '{field}' for person '{key}'",
        });
        reader.UnknownKeys(fields, Fields, key);
        ReportPlaceholders(fields, key, diagnostics);
        var name = reader.Text(fields, "name", required: true) ?? key;
        var credentialsPlaceholder = YamlPlaceholder.Of(fields.Find("credentials")?.Value) is not null;
        var rolePlaceholder = YamlPlaceholder.Of(fields.Find("role")?.Value) is not null;

        // Credentials and role the clinic has not confirmed are never shown: a page must not state qualifications
        // that may be wrong (docs/template-model.md).
        var credentials = credentialsPlaceholder ? "" : reader.Text(fields, "credentials", required: true) ?? "";
        var role = rolePlaceholder ? null : reader.Text(fields, "role", required: false);
        var bio = reader.Text(fields, "bio", required: false);
        if (bio is not null && !IsBio(bio))
        {
            file.Invalid(fields.Find("bio")!.Value, $"bio '{bio}' is neither a page of this site nor an http(s) address", "write the page's URL path, e.g. '/about/', or a full https:// address");
            bio = null;
        }

        // The portrait is checked as a picture (found, readable, safe) by the images stage, at this line.
        var portraitNode = fields.Find("portrait")?.Value;
        var portraitPlaceholder = YamlPlaceholder.Of(portraitNode) is not null;
        var portrait = portraitPlaceholder ? null : reader.Text(fields, "portrait", required: false);
        if (portrait is not null && PortraitSource(portrait) is null)
        {
            file.Invalid(portraitNode!, $"the portrait '{portrait}' of '{key}' is not a picture beside the people file or in assets/",
                $"put the photo in content/_data/ beside people.yml and write its name, e.g. 'portrait: {key}.jpg' (JPEG, PNG, WebP or SVG)");
            portrait = null;
        }

        return new Person(key, name, credentials, role, bio, new SourceLocation(Path, entry.Key.Line, entry.Key.Column))
        {
            CredentialsArePlaceholder = credentialsPlaceholder,
            Portrait = portrait is null ? null : PortraitSource(portrait),
            PortraitLocation = portraitNode is null ? null : new SourceLocation(Path, portraitNode.Line, portraitNode.Column),
            PortraitIsPlaceholder = portraitPlaceholder,
            Languages = Languages(fields, key, file),
        };
    }

    // 'languages: [en, es]': the languages the person reviews in (lower-case BCP 47 tags); absent = the site's language only.
    private static ImmutableArray<string>? Languages(YamlMapping fields, string key, FieldReader file)
    {
        var entry = fields.Find("languages");
        if (entry is null)
        {
            return null;
        }

        var tags = entry.Value is YamlSequence list ? list.Items : [];
        if (entry.Value is not YamlSequence || tags.Length == 0 || tags.Any(t => t is not YamlScalar { IsPlain: true } tag || !Patterns.SiteLanguageTag().IsMatch(tag.Value)))
        {
            file.Invalid(entry.Value, $"'languages' of '{key}' must be a list of language tags such as [en, es]",
                $"list the languages {key} reads well enough to review a page in, e.g. 'languages: [en, es]'");
            return null;
        }

        return [.. tags.Cast<YamlScalar>().Select(t => t.Value)];
    }

    // Every placeholder in a person's fields is one warning (an error under --strict).
    private static void ReportPlaceholders(YamlMapping fields, string key, List<Diagnostic> diagnostics)
    {
        foreach (var entry in fields.Entries)
        {
            if (YamlPlaceholder.Of(entry.Value) is { } placeholder)
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.PeoplePlaceholder, new SourceLocation(Path, entry.Value.Line, entry.Value.Column),
                    $"'{entry.Key.Value}' of '{key}' is a placeholder, not a confirmed value: {placeholder.Describe()}",
                    entry.Key.Value == "portrait"
                        ? $"put the photo the clinic supplies in content/_data/ beside people.yml and write its name, e.g. 'portrait: {key}.jpg'; until then the bio page shows an empty portrait slot, and --strict fails"
                        : $"write what the clinic has confirmed, e.g. '{entry.Key.Value}: \"…\"'; until then pages do not show it, and pages that {key} reviewed fail --strict"));
            }
        }
    }

    /// <summary>Reports people whose bio is a site path that no published page has (RS0602).</summary>
    public static void CheckBios(MedicalSettings? settings, IEnumerable<string> pageUrls, List<Diagnostic> diagnostics)
    {
        var urls = pageUrls.ToHashSet(StringComparer.Ordinal);
        foreach (var person in settings?.People?.Values ?? [])
        {
            if (person.Bio is { } bio && bio.StartsWith('/') && !urls.Contains(bio))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.PeopleFileInvalid, person.Location,
                    $"the bio page '{bio}' of '{person.Key}' is not a page of this site",
                    "give the URL of a published page, e.g. '/about/' for content/about.md"));
            }
        }
    }

    private static bool IsBio(string bio) =>
        bio.StartsWith('/') ? Patterns.SitePath().IsMatch(bio)
        : Uri.TryCreate(bio, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    // A portrait's source path: a name relative to the people file's folder (mallek.jpg → content/_data/mallek.jpg:
    // published only as resized, metadata-free variants) or a picture of assets/ from the site's root, as a Markdown
    // image writes it (/assets/images/mallek.jpg → assets/images/mallek.jpg: also published as it is). Null otherwise.
    private static string? PortraitSource(string written) =>
        written.StartsWith("/assets/", StringComparison.Ordinal) && PortraitPath().IsMatch(written[1..]) ? written[1..]
        : PortraitPath().IsMatch(written) && !written.StartsWith("assets/", StringComparison.Ordinal) ? ContentDiscovery.DataFolder + written
        : null;

    // Folders and a file name of letters, digits, '.', '_' and '-', none starting with '.'; an image's extension.
    [GeneratedRegex(@"^([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.(jpe?g|png|webp|svg)$", RegexOptions.IgnoreCase)]
    private static partial Regex PortraitPath();
}
