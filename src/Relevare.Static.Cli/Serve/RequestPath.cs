using System.Text;

namespace Relevare.Static.Cli.Serve;

/// <summary>
/// Turns a request target into a path of the built site. The target is percent-decoded exactly once, and the
/// result must be a plain path of the kind the build writes: no <c>.</c> or <c>..</c> segments, no dotfiles, no
/// empty segments, no backslash, NUL or other control characters, no encoded slash, and no <c>%</c> left after
/// decoding (double encoding). Anything else is "not found". The path is then only looked up among the built
/// files in memory, never on the disk, so even a mistake here could not reach a source file.
/// </summary>
internal static class RequestPath
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The decoded path without its leading <c>/</c> (e.g. <c>about/</c>, <c>assets/css/site.css</c>, or <c>""</c> for the
    /// root), or null when the target is not acceptable. The query string is ignored.
    /// </summary>
    public static string? Decode(string rawTarget)
    {
        var end = rawTarget.AsSpan().IndexOfAny('?', '#');
        var target = end < 0 ? rawTarget : rawTarget[..end];
        if (!target.StartsWith('/') || target.Length > 2048)
        {
            return null;
        }

        var decoded = PercentDecode(target);
        if (decoded is null || decoded.Contains('%', StringComparison.Ordinal) || decoded.Contains('\\', StringComparison.Ordinal)
            || decoded.Any(char.IsControl))
        {
            return null;
        }

        var segments = decoded[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if ((segments[i].Length == 0 && !last) || segments[i].StartsWith('.'))
            {
                return null;
            }
        }

        return decoded[1..];
    }

    /// <summary>The built file a decoded path names: a folder (<c>about/</c>, or the root) means its <c>index.html</c>.</summary>
    public static string FileFor(string decodedPath) =>
        decodedPath.Length == 0 || decodedPath.EndsWith('/') ? decodedPath + "index.html" : decodedPath;

    // One pass of percent-decoding into bytes, then strict UTF-8. An encoded '/' or '\' is refused outright: it
    // would otherwise turn into a separator that the client did not send as one.
    private static string? PercentDecode(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                if (text[i] > 0x7F)
                {
                    return null; // request targets are ASCII; Kestrel would not pass anything else either
                }

                bytes.Add((byte)text[i]);
                continue;
            }

            if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2]))
            {
                return null;
            }

            var value = (byte)Convert.ToInt32(text.Substring(i + 1, 2), 16);
            if (value is (byte)'/' or (byte)'\\')
            {
                return null;
            }

            bytes.Add(value);
            i += 2;
        }

        try
        {
            return StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
