using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Conformance;

/// <summary>
/// htmltest's options in Relevare's terms: the options <c>relevare check</c> would be run with to do what htmltest
/// does (docs/conformance.md has the same table). Only the checks htmltest has run.
/// </summary>
internal static class HtmltestOptionMapping
{
    /// <summary>Our checks that htmltest also has (RS0725 only with <c>EnforceHTTPS</c>).</summary>
    public static readonly ImmutableArray<string> HtmltestChecks =
    [
        DiagnosticCodes.CheckBrokenLink, DiagnosticCodes.CheckBrokenFragment, DiagnosticCodes.CheckTrailingSlash,
        DiagnosticCodes.CheckImageAlt, DiagnosticCodes.CheckDoctype, DiagnosticCodes.CheckObsoleteDoctype,
        DiagnosticCodes.CheckEmptyUrl, DiagnosticCodes.CheckMetaRefresh, DiagnosticCodes.CheckMailtoTel, DiagnosticCodes.CheckImageMap,
    ];

    // htmltest's switches for a kind of element. Our checks are per problem, not per element, so switching one off
    // skips the problems that element can have; the fixtures that use these switches hold only that element.
    private static readonly ImmutableSortedDictionary<string, string[]> ElementSwitches = new Dictionary<string, string[]>
    {
        ["CheckAnchors"] = [DiagnosticCodes.CheckBrokenLink, DiagnosticCodes.CheckBrokenFragment, DiagnosticCodes.CheckTrailingSlash, DiagnosticCodes.CheckEmptyUrl, DiagnosticCodes.CheckMailtoTel],
        ["CheckLinks"] = [DiagnosticCodes.CheckBrokenLink, DiagnosticCodes.CheckEmptyUrl],
        ["CheckImages"] = [DiagnosticCodes.CheckBrokenLink, DiagnosticCodes.CheckImageAlt, DiagnosticCodes.CheckEmptyUrl, DiagnosticCodes.CheckImageMap],
        ["CheckScripts"] = [DiagnosticCodes.CheckBrokenLink, DiagnosticCodes.CheckEmptyUrl],
        ["CheckMeta"] = [DiagnosticCodes.CheckMetaRefresh],
        ["CheckGeneric"] = [DiagnosticCodes.CheckBrokenLink, DiagnosticCodes.CheckEmptyUrl],
        ["CheckInternal"] = [DiagnosticCodes.CheckBrokenLink, DiagnosticCodes.CheckTrailingSlash],
        ["CheckInternalHash"] = [DiagnosticCodes.CheckBrokenFragment],
        ["CheckMailto"] = [DiagnosticCodes.CheckMailtoTel],
        ["CheckTel"] = [DiagnosticCodes.CheckMailtoTel],
        ["CheckMetaRefresh"] = [DiagnosticCodes.CheckMetaRefresh],
        ["CheckDoctype"] = [DiagnosticCodes.CheckDoctype, DiagnosticCodes.CheckObsoleteDoctype],
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>The options for a case whose pages have <paramref name="pageExtension"/> (htmltest's default <c>.html</c>).</summary>
    public static CheckOptions Map(IReadOnlyDictionary<string, JsonElement> options, string pageExtension)
    {
        var only = new List<string>(HtmltestChecks);
        var skip = new List<string>();

        // htmltest reports a folder link without its slash as an error; an obsolete doctype only with EnforceHTML5.
        var levels = ImmutableSortedDictionary.CreateBuilder<string, CheckLevel>(StringComparer.Ordinal);
        levels[DiagnosticCodes.CheckTrailingSlash] = CheckLevel.Error;
        var result = CheckOptions.Default with { PageExtensions = [pageExtension] };

        foreach (var (name, value) in options)
        {
            switch (name)
            {
                case "CheckAnchors" or "CheckLinks" or "CheckImages" or "CheckScripts" or "CheckMeta" or "CheckGeneric"
                    or "CheckInternal" or "CheckInternalHash" or "CheckMailto" or "CheckTel" or "CheckMetaRefresh" or "CheckDoctype":
                    if (!value.GetBoolean())
                    {
                        skip.AddRange(ElementSwitches[name]);
                    }

                    break;
                case "CheckExternal" or "IgnoreAltEmpty":
                    // We never go online in a check of files; alt="" (a decorative image) is accepted by default.
                    break;
                case "CheckFavicon":
                    // No favicon check (docs/conformance.md); the favicon cases assert messages only and are not compared.
                    break;
                case "EnforceHTML5" when value.GetBoolean():
                    levels[DiagnosticCodes.CheckObsoleteDoctype] = CheckLevel.Error;
                    break;
                case "EnforceHTTPS" when value.GetBoolean():
                    only.Add(DiagnosticCodes.CheckInsecureLink);
                    levels[DiagnosticCodes.CheckInsecureLink] = CheckLevel.Error;
                    break;
                case "EnforceHTML5" or "EnforceHTTPS":
                    break;
                case "IgnoreAltMissing" when value.GetBoolean():
                    skip.Add(DiagnosticCodes.CheckImageAlt);
                    break;
                case "IgnoreDirectoryMissingTrailingSlash" when value.GetBoolean():
                    skip.Add(DiagnosticCodes.CheckTrailingSlash);
                    break;
                case "IgnoreAltMissing" or "IgnoreDirectoryMissingTrailingSlash":
                    break;
                case "IgnoreURLs":
                    result = result with { IgnoreUrls = [.. result.IgnoreUrls, .. Strings(value).Select(p => new Regex(p, RegexOptions.CultureInvariant))] };
                    break;
                case "IgnoreInternalURLs":
                    result = result with { IgnoreInternalUrls = result.IgnoreInternalUrls.Union(Strings(value)) };
                    break;
                case "IgnoreDirs":
                    result = result with { IgnoreDirs = [.. result.IgnoreDirs, .. Strings(value).Select(p => new Regex(p, RegexOptions.CultureInvariant))] };
                    break;
                case "IgnoreInternalEmptyHash" when value.GetBoolean():
                    result = result with { IgnoreInternalUrls = result.IgnoreInternalUrls.Add("#") };
                    break;
                case "IgnoreEmptyHref" when value.GetBoolean():
                    result = result with { IgnoreInternalUrls = result.IgnoreInternalUrls.Add("") };
                    break;
                case "IgnoreInternalEmptyHash" or "IgnoreEmptyHref":
                    break;
                case "DirectoryIndex":
                    result = result with { DirectoryIndexes = [value.GetString()!] };
                    break;
                case "FileExtension":
                    result = result with { PageExtensions = [value.GetString()!] };
                    break;
                default:
                    throw new InvalidOperationException($"htmltest option '{name}' has no mapping yet: add one here and to docs/conformance.md");
            }
        }

        var errors = new List<string>();
        var selected = CheckSelection.Apply(levels.ToImmutable(), only, skip, errors);
        Assert.Empty(errors);
        return result with { Levels = selected };
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);
}
