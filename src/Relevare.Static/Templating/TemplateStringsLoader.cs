using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Templating;

/// <summary>
/// Reads <c>templates/strings/*.yml</c>: one flat mapping of keys to text per language of the site. A file that is
/// not such a mapping, or is for a language site.yml does not declare, is RS0405; once any strings file exists,
/// every language needs one (RS0405); a key the default language's file has and another language's file lacks is
/// RS0404, reported once per file with every missing key.
/// </summary>
internal static partial class TemplateStringsLoader
{
    private static readonly SafeYamlReader.Codes YamlCodes = new(
        DiagnosticCodes.StringsFileInvalid, DiagnosticCodes.StringsFileInvalid, DiagnosticCodes.StringsFileInvalid);

    /// <summary>The strings of the files at <paramref name="paths"/> (as discovery found them).</summary>
    public static TemplateStrings Load(ISourceFileSystem source, IReadOnlyCollection<string> paths, SiteConfig config, List<Diagnostic> diagnostics)
    {
        if (paths.Count == 0)
        {
            return TemplateStrings.None(config);
        }

        var byLanguage = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        var known = config.AllLanguages.Select(l => l.Tag).ToList();
        foreach (var path in paths)
        {
            var tag = path[TemplateStrings.Folder.Length..^".yml".Length];
            if (!known.Contains(tag))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.StringsFileInvalid, SourceLocation.File(path),
                    $"this strings file is for the language '{tag}', which site.yml does not declare",
                    $"name it after a language of the site ({string.Join(", ", known.Select(TemplateStrings.PathOf))}), or declare '{tag}' in site.yml's 'languages:'"));
                continue;
            }

            var bytes = SourceReader.Read(source, path, diagnostics);
            var text = bytes is null ? null : SourceText.Decode(path, bytes, diagnostics);
            if (text is not null && Read(path, text, diagnostics) is { } strings)
            {
                byLanguage[tag] = strings;
            }
        }

        foreach (var language in config.AllLanguages.Where(l => !byLanguage.ContainsKey(l.Tag) && !paths.Contains(TemplateStrings.PathOf(l.Tag))))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.StringsFileInvalid, SourceLocation.File(TemplateStrings.PathOf(language.Tag)),
                $"there is no strings file for {language.Name} ('{language.Tag}'): the templates' own words on its pages have no text",
                $"create {TemplateStrings.PathOf(language.Tag)} with the keys of {TemplateStrings.PathOf(config.Language)}, translated"));
        }

        if (byLanguage.TryGetValue(config.Language, out var defaults))
        {
            foreach (var (tag, strings) in byLanguage.Where(l => l.Key != config.Language).OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                var missing = defaults.Keys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
                if (missing.Count > 0)
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.StringsFileMissingKey, SourceLocation.File(TemplateStrings.PathOf(tag)),
                        $"{missing.Count} key(s) of {TemplateStrings.PathOf(config.Language)} are missing here: {string.Join(", ", missing)}; pages in '{tag}' would show them in the default language",
                        $"add each, translated: e.g. '{missing[0]}: \"…\"'"));
                }
            }
        }

        return new TemplateStrings(byLanguage.ToImmutable(), config.Language);
    }

    private static ImmutableDictionary<string, string>? Read(string path, string text, List<Diagnostic> diagnostics)
    {
        var root = SafeYamlReader.Read(path, text, 1, YamlCodes, diagnostics);
        if (root is null)
        {
            return null;
        }

        if (root is not YamlMapping map)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.StringsFileInvalid, new SourceLocation(path, root.Line, root.Column),
                "a strings file must be a list of 'key: text' lines",
                "write e.g. 'last_reviewed: \"Page last reviewed\"'"));
            return null;
        }

        var strings = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries.Select(e => (e.Key, e.Value)))
        {
            if (!Key().IsMatch(key.Value))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.StringsFileInvalid, new SourceLocation(path, key.Line, key.Column),
                    $"'{key.Value}' is not a string key", "use lowercase letters, digits and '_', e.g. 'last_reviewed'"));
                continue;
            }

            if (value is not YamlScalar { IsNull: false } scalar)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.StringsFileInvalid, new SourceLocation(path, value.Line, value.Column),
                    $"'{key.Value}' must be text (one line, in quotes if it contains ':' or '#')", $"write e.g. '{key.Value}: \"…\"'"));
                continue;
            }

            strings[key.Value] = scalar.Value;
        }

        return strings.ToImmutable();
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Key();
}
