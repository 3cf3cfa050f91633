using System.Globalization;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>site.yml's <c>images:</c> section.</summary>
internal sealed partial class SiteConfigLoader
{
    private ImageSettings ReadImages(YamlMapping map)
    {
        var defaults = ImageSettings.Default;
        if (_fields.Mapping(map, "images", required: false) is not { } block)
        {
            return defaults;
        }

        _fields.UnknownKeys(block, ["widths", "quality", "max_megapixels", "max_file_mb", "sizes"], "images");
        var widths = defaults.Widths;
        if (block.Find("widths") is { } entry)
        {
            var read = entry.Value is YamlSequence list
                ? list.Items.Select(i => i is YamlScalar { IsPlain: true } s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w is >= 16 and <= 8192 ? w : -1).ToList()
                : [];
            if (read.Count is 0 or > 8 || read.Contains(-1))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, "'widths' must be a list of one to eight widths in pixels, each between 16 and 8192", "write 'widths: [480, 960, 1440]'");
            }
            else
            {
                widths = [.. read.Distinct().Order()];
            }
        }

        var quality = _fields.Between(block, "quality", 1, 100, defaults.Quality, "80");
        var megapixels = _fields.Between(block, "max_megapixels", 1, 200, (int)(defaults.MaxPixels / 1_000_000), "50");
        var megabytes = _fields.Between(block, "max_file_mb", 1, 200, (int)(defaults.MaxFileBytes / 1024 / 1024), "20");

        var sizes = _fields.String(block, "sizes") ?? defaults.Sizes;
        if (sizes.Length == 0 || sizes.IndexOfAny(['"', '<', '>', '&']) >= 0)
        {
            Error(DiagnosticCodes.ConfigInvalidValue, block.Find("sizes")!.Value, "'sizes' must be a sizes attribute such as '(min-width: 44rem) 42rem, 100vw'", "write a media condition and a width, then a default width");
        }

        return new ImageSettings(widths, quality, megapixels * 1_000_000L, megabytes * 1024L * 1024, sizes);
    }
}
