using System.Buffers.Binary;
using System.Globalization;
using Relevare.Static.Assets;
using Relevare.Static.Configuration;

namespace Relevare.Static.Publishing;

/// <summary><c>manifest.webmanifest</c>: the web app manifest (name, colours, start URL and the site icon).</summary>
internal static class ManifestFile
{
    public static byte[] Write(SiteConfig config, PublishingConfig publishing, PublishedAsset? icon) =>
        JsonOutput.Write(indented: true, json =>
        {
            json.WriteStartObject();
            json.WriteString("name", config.Title);
            json.WriteString("short_name", publishing.ShortName);
            if (config.Description.Length > 0)
            {
                json.WriteString("description", config.Description);
            }

            json.WriteString("lang", config.Language);
            json.WriteString("start_url", "/");
            json.WriteString("scope", "/");
            json.WriteString("display", "browser");
            json.WriteString("theme_color", publishing.ThemeColor);
            json.WriteString("background_color", publishing.BackgroundColor);
            json.WriteStartArray("icons");
            if (icon is not null)
            {
                json.WriteStartObject();
                json.WriteString("src", icon.Url);
                if (Sizes(icon) is { } sizes)
                {
                    json.WriteString("sizes", sizes);
                }

                if (MediaType(icon.SourcePath) is { } type)
                {
                    json.WriteString("type", type);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    /// <summary>The media type of an icon file, or null when unknown.</summary>
    public static string? MediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".webp" => "image/webp",
        ".jpg" or ".jpeg" => "image/jpeg",
        _ => null,
    };

    // An SVG scales to any size; a PNG says its size in its header (IHDR: width and height, big-endian, at 16 and 20).
    private static string? Sizes(PublishedAsset icon)
    {
        var bytes = icon.Content.Span;
        if (icon.SourcePath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return "any";
        }

        if (bytes.Length >= 24 && bytes[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            var width = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
            var height = BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]);
            return string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
        }

        return null;
    }
}
