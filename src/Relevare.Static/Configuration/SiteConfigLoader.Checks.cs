using System.Collections.Immutable;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>site.yml's <c>checks:</c> section: the level of each diagnostic code.</summary>
internal sealed partial class SiteConfigLoader
{
    private ImmutableSortedDictionary<string, CheckLevel> ReadChecks(YamlMapping map)
    {
        var levels = ImmutableSortedDictionary.CreateBuilder<string, CheckLevel>(StringComparer.Ordinal);
        if (_fields.Mapping(map, "checks", required: false) is not { } checks)
        {
            return levels.ToImmutable();
        }

        foreach (var (key, value) in checks.Entries.Select(e => (e.Key, e.Value)))
        {
            if (!DiagnosticLevels.All.TryGetValue(key.Value, out var rule))
            {
                Error(DiagnosticCodes.ConfigUnknownKey, key, $"unknown diagnostic code '{key.Value}'", Suggestions.DidYouMean(key.Value, DiagnosticLevels.All.Keys.ToList()));
                continue;
            }

            CheckLevel? level = value is YamlScalar { IsPlain: true } scalar
                ? scalar.Value switch { "error" => CheckLevel.Error, "warning" => CheckLevel.Warning, "off" => CheckLevel.Off, _ => null }
                : null;
            if (level is null)
            {
                Error(DiagnosticCodes.ConfigInvalidValue, value, $"the level of {key.Value} must be error, warning or off", $"write '{key.Value}: warning'");
                continue;
            }

            // Codes that protect patients and the output stay errors: saying so (error) is fine, relaxing them is not.
            if (rule.FixedBecause is { } reason && level.Value != rule.Default)
            {
                Error(DiagnosticCodes.ConfigInvalidValue, value, $"the level of {key.Value} cannot be changed: {reason}", $"remove '{key.Value}: {ScalarText(value)}' from checks: and fix what it reports");
                continue;
            }

            levels[key.Value] = level.Value;
        }

        return levels.ToImmutable();

        static string ScalarText(YamlNode node) => node is YamlScalar scalar ? scalar.Value : "…";
    }
}
