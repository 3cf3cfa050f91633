using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Assets;

/// <summary>
/// Reads every file of assets/ and decides how it is published. When the site publishes for static hosts, style
/// sheets are minified and their references to other assets rewritten, and style sheets, scripts, images and fonts
/// get a content hash in their name (<c>site.css</c> → <c>site.3f2a1b9c0d.css</c>), so hosts can cache them forever:
/// the name changes exactly when the published bytes do. Otherwise files are published as they are.
/// </summary>
internal static class AssetFingerprinter
{
    /// <summary>Hex digits of the SHA-256 of the content kept in a fingerprinted name.</summary>
    public const int HashLength = 10;

    private static readonly FrozenSet<string> FingerprintedExtensions = new[]
    {
        ".css", ".js", ".mjs", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".woff", ".woff2",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and processes <paramref name="paths"/> (source paths under assets/).</summary>
    public static AssetManifest Process(ISourceFileSystem source, IReadOnlyList<string> paths, bool fingerprint, List<Diagnostic> diagnostics)
    {
        // An asset that cannot be read is reported (RS0005) and left out.
        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (SourceReader.Read(source, path, diagnostics) is { } content)
            {
                bytes[path] = content;
            }
        }

        paths = [.. paths.Where(bytes.ContainsKey)];
        if (!fingerprint)
        {
            return new AssetManifest(paths.Select(p => new PublishedAsset(p, p, Integrity(bytes[p]), bytes[p], IsFingerprinted: false)));
        }

        var done = new Dictionary<string, PublishedAsset>(StringComparer.Ordinal);
        var visiting = new List<string>();

        // Style sheets name other assets, so each file is processed after the files it refers to: a changed image
        // changes the image's name, hence the style sheet's text, hence the style sheet's name.
        PublishedAsset Publish(string path)
        {
            if (done.TryGetValue(path, out var published))
            {
                return published;
            }

            var content = bytes[path];
            if (path.EndsWith(".css", StringComparison.OrdinalIgnoreCase) && Decode(content) is { } css)
            {
                visiting.Add(path);
                var rewritten = CssReferences.Rewrite(CssMinifier.Minify(css), url => Resolve(path, url) is { } target
                    ? Reference(path, target, url)
                    : null);
                visiting.RemoveAt(visiting.Count - 1);
                content = StrictUtf8.GetBytes(rewritten);
            }

            var isFingerprinted = FingerprintedExtensions.Contains(Extension(path));
            published = new PublishedAsset(path, isFingerprinted ? HashedName(path, content) : path, Integrity(content), content, isFingerprinted);
            done[path] = published;
            return published;
        }

        string? Reference(string from, string target, string url)
        {
            var cycle = visiting.IndexOf(target);
            if (cycle >= 0)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.StyleSheetCycle, SourceLocation.File(from),
                    $"the style sheets refer to each other in a cycle: {string.Join(" → ", visiting.Skip(cycle).Append(target))}",
                    "remove one of the @import or url() references"));
                return null;
            }

            var suffixStart = url.IndexOfAny(['?', '#']);
            return Publish(target).Url + (suffixStart >= 0 ? url[suffixStart..] : "");
        }

        string? Resolve(string from, string url)
        {
            var suffixStart = url.IndexOfAny(['?', '#']);
            var path = suffixStart >= 0 ? url[..suffixStart] : url;
            if (path.Length == 0 || path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
            {
                return null; // another site, data: or a fragment of this file
            }

            var segments = path.StartsWith('/') ? new List<string>() : [.. from.Split('/')[..^1]];
            foreach (var segment in path.Split('/'))
            {
                if (segment == "..")
                {
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                }
                else if (segment is not ("" or "."))
                {
                    segments.Add(Uri.UnescapeDataString(segment));
                }
            }

            var resolved = string.Join('/', segments);
            return bytes.ContainsKey(resolved) ? resolved : null;
        }

        return new AssetManifest(paths.Select(Publish).ToList());
    }

    /// <summary>The Subresource Integrity value of <paramref name="content"/>.</summary>
    public static string Integrity(ReadOnlySpan<byte> content) => "sha384-" + Convert.ToBase64String(SHA384.HashData(content));

    private static string HashedName(string path, ReadOnlySpan<byte> content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength];
        var extension = Extension(path);
        return $"{path[..^extension.Length]}.{hash}{extension}";
    }

    private static string Extension(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') + 1 ? path[dot..] : "";
    }

    private static string? Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null; // not text we understand: published as it is, still fingerprinted
        }
    }
}
