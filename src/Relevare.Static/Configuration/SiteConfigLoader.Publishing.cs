using System.Text.RegularExpressions;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>site.yml's <c>publishing:</c> section: listing pages, the web app manifest, colours.</summary>
internal sealed partial class SiteConfigLoader
{
    private PublishingConfig? ReadPublishing(YamlMapping map, ClinicInfo clinic)
    {
        var entry = map.Find("publishing");
        if (entry is null)
        {
            return null;
        }

        // "publishing:" with nothing under it turns publishing on with every default.
        var block = entry.Value is YamlScalar { IsNull: true } ? new YamlMapping([], entry.Key.Line, entry.Key.Column) : _fields.Mapping(map, "publishing", required: false);
        if (block is null)
        {
            return null;
        }

        _fields.UnknownKeys(block, ["page_size", "icon", "short_name", "theme_color", "background_color"], "publishing");
        var pageSize = _fields.Between(block, "page_size", 1, 1000, PublishingConfig.DefaultPageSize, "10");

        var icon = _fields.String(block, "icon");
        if (icon is not null && (!icon.StartsWith("/assets/", StringComparison.Ordinal) || icon.Contains("..", StringComparison.Ordinal)))
        {
            Error(DiagnosticCodes.ConfigInvalidValue, block.Find("icon")!.Value, $"icon '{icon}' is not the URL of a file in assets/", "write it like '/assets/favicon.svg'");
        }

        var location = new SourceLocation(FileName, entry.Key.Line, entry.Key.Column);
        var iconLocation = block.Find("icon") is { } iconEntry ? new SourceLocation(FileName, iconEntry.Value.Line, iconEntry.Value.Column) : location;
        return new PublishingConfig(
            pageSize,
            icon,
            _fields.String(block, "short_name") ?? clinic.Name,
            Colour(block, "theme_color") ?? "#ffffff",
            Colour(block, "background_color") ?? "#ffffff",
            location,
            iconLocation);
    }

    private string? Colour(YamlMapping map, string key)
    {
        var value = _fields.String(map, key);
        if (value is not null && !HexColour().IsMatch(value))
        {
            Error(DiagnosticCodes.ConfigInvalidValue, map.Find(key)!.Value, $"{key} '{value}' is not a colour written #rrggbb", $"write e.g. '{key}: \"#0f4c5c\"' (quoted: YAML reads # as a comment)");
            return null;
        }

        return value;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
