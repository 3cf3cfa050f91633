using System.Collections.Immutable;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>site.yml's <c>markdown:</c> section: raw HTML and the link schemes content may use.</summary>
internal sealed partial class SiteConfigLoader
{
    private (bool AllowHtml, DiagnosticSeverity RawHtml) ReadMarkdown(YamlMapping map)
    {
        if (_fields.Mapping(map, "markdown", required: false) is not { } markdown)
        {
            return (false, DiagnosticSeverity.Error);
        }

        _fields.UnknownKeys(markdown, ["allow_html", "raw_html", "link_schemes"], "markdown");
        var rawHtml = DiagnosticSeverity.Error;
        if (markdown.Find("raw_html") is { } level)
        {
            if (level.Value is YamlScalar { IsPlain: true, Value: "error" or "warning" } scalar)
            {
                rawHtml = scalar.Value == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            }
            else
            {
                Error(DiagnosticCodes.ConfigInvalidValue, level.Value, "raw_html must be error or warning", "write 'raw_html: warning' to publish raw HTML as text with a warning");
            }
        }

        return (_fields.Bool(markdown, "allow_html", "allow_html must be true or false", "write 'allow_html: false'") ?? false, rawHtml);
    }

    // markdown: { link_schemes: [xref] } — schemes content may link to besides http(s), mailto and tel.
    private ImmutableArray<string> ReadLinkSchemes(YamlMapping map)
    {
        if (map.Find("markdown") is not { Value: YamlMapping markdown } || markdown.Find("link_schemes") is not { } entry)
        {
            return [];
        }

        if (entry.Value is not YamlSequence list)
        {
            Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, "link_schemes must be a list of URL schemes", "write e.g. 'link_schemes: [xref]'");
            return [];
        }

        var schemes = ImmutableArray.CreateBuilder<string>();
        foreach (var item in list.Items)
        {
            var scheme = (item as YamlScalar)?.Value.TrimEnd(':').ToLowerInvariant() ?? "";
            if (scheme.Split(':')[0] is "javascript" or "vbscript" or "data" or "file")
            {
                Error(DiagnosticCodes.ConfigInvalidValue, item, $"the scheme '{scheme.Split(':')[0]}:' can never be allowed: it runs code or reads files in the patient's browser",
                    "remove it from link_schemes; write the link as an https: URL or a relative link");
            }
            else if (!(scheme.Length <= 32 && Patterns.UrlScheme().IsMatch(scheme)))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, item, $"'{(item as YamlScalar)?.Value}' is not a URL scheme", "write the scheme's name without ':' or '//', e.g. 'xref'");
            }
            else if (scheme is not ("http" or "https" or "mailto" or "tel") && !schemes.Contains(scheme))
            {
                schemes.Add(scheme);
            }
        }

        return schemes.ToImmutable();
    }
}
