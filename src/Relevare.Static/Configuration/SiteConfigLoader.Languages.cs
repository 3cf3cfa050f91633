using System.Collections.Immutable;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>site.yml's <c>languages:</c> (docs/editors-guide.md, "Pages in other languages").</summary>
internal sealed partial class SiteConfigLoader
{
    // languages: { en: { name: English }, es: { name: Español, folder: es } } — the default language ('language:')
    // has no folder; every other one needs one. Absent: a one-language site, exactly as before.
    private ImmutableArray<SiteLanguage> ReadLanguages(YamlMapping map, string defaultLanguage, IReadOnlyCollection<string> sections)
    {
        if (map.Find("languages") is not { } entry)
        {
            return [];
        }

        if (entry.Value is not YamlMapping block || block.Entries.Length == 0)
        {
            Error(DiagnosticCodes.ConfigLanguagesInvalid, entry.Value, "'languages' must be a mapping of language tags to their settings",
                "write e.g. 'languages: { en: { name: English }, es: { name: Español, folder: es } }'");
            return [];
        }

        var languages = new List<SiteLanguage>();
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in block.Entries.Select(e => (e.Key, e.Value)))
        {
            var tag = key.Value;
            if (!Patterns.SiteLanguageTag().IsMatch(tag) || tag.Any(char.IsAsciiLetterUpper))
            {
                Error(DiagnosticCodes.ConfigLanguagesInvalid, key, $"'{tag}' is not a lower-case language tag",
                    $"use a BCP 47 tag in lower case, such as 'es' or 'pt-br'{(Patterns.SiteLanguageTag().IsMatch(tag) ? $" ('{tag.ToLowerInvariant()}')" : "")}");
                continue;
            }

            if (value is not YamlMapping settings)
            {
                Error(DiagnosticCodes.ConfigLanguagesInvalid, value, $"language '{tag}' must be a mapping with 'name' (and 'folder' unless it is the default language)",
                    $"write e.g. '{tag}: {{ name: Español, folder: {tag} }}'");
                continue;
            }

            CheckLanguageKeys(settings, tag);
            var name = _fields.String(settings, "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                Error(DiagnosticCodes.ConfigLanguagesInvalid, settings.Find("name")?.Value ?? (YamlNode)settings, $"language '{tag}' has no 'name'",
                    $"add the language's own name, as its speakers write it: e.g. 'name: Español'");
                continue;
            }

            var folder = _fields.String(settings, "folder");
            var folderNode = settings.Find("folder")?.Value ?? (YamlNode)settings;
            if (tag == defaultLanguage)
            {
                if (folder is not null)
                {
                    Error(DiagnosticCodes.ConfigLanguageFolderInvalid, folderNode, $"'{tag}' is the default language (site.yml 'language:'): its pages are the ones directly under content/, published at /",
                        $"remove 'folder: {folder}' from '{tag}'");
                }

                languages.Insert(0, new SiteLanguage(tag, name.Trim(), null));
                continue;
            }

            if (folder is null)
            {
                Error(DiagnosticCodes.ConfigLanguageFolderInvalid, folderNode, $"language '{tag}' has no 'folder': its pages need a folder under content/ and a URL prefix",
                    $"add 'folder: {tag}' (pages in content/{tag}/ are then published under /{tag}/)");
                continue;
            }

            if (!Patterns.Identifier().IsMatch(folder))
            {
                Error(DiagnosticCodes.ConfigLanguageFolderInvalid, folderNode, $"folder '{folder}' of language '{tag}' is not a simple folder name",
                    $"use lowercase letters, digits and '-', e.g. 'folder: {tag}'");
                continue;
            }

            if (folders.TryGetValue(folder, out var other))
            {
                Error(DiagnosticCodes.ConfigLanguageFolderInvalid, folderNode, $"languages '{other}' and '{tag}' both use the folder '{folder}'",
                    "give each language a folder of its own");
                continue;
            }

            if (sections.Contains(folder))
            {
                Error(DiagnosticCodes.ConfigLanguageFolderIsSection, folderNode, $"'{folder}' is both the folder of language '{tag}' and a section in 'sections:'",
                    $"sections apply inside each language's folder (content/{folder}/conditions/ is in section 'conditions'): remove '{folder}' from 'sections:' or choose another folder");
                continue;
            }

            folders[folder] = tag;
            languages.Add(new SiteLanguage(tag, name.Trim(), folder));
        }

        if (block.Entries.All(e => e.Key.Value != defaultLanguage))
        {
            Error(DiagnosticCodes.ConfigDefaultLanguageNotListed, entry.Key, $"the default language '{defaultLanguage}' (site.yml 'language:') is not in 'languages:'",
                $"add '{defaultLanguage}: {{ name: … }}' to 'languages:', or set 'language:' to the language of the pages directly under content/");
        }

        return [.. languages];
    }

    private void CheckLanguageKeys(YamlMapping settings, string tag)
    {
        string[] allowed = ["name", "folder"];
        foreach (var unknown in settings.Entries.Where(e => !allowed.Contains(e.Key.Value)))
        {
            Error(DiagnosticCodes.ConfigLanguagesInvalid, unknown.Key, $"unknown setting '{unknown.Key.Value}' in language '{tag}'", Suggestions.DidYouMean(unknown.Key.Value, allowed));
        }
    }
}
