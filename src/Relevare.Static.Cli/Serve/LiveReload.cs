using System.Text;

namespace Relevare.Static.Cli.Serve;

/// <summary>
/// The browser side of live reload: a same-origin external script (so a page's Content-Security-Policy with
/// <c>script-src 'self'</c> allows it; no inline script) that listens to the server's event stream and reloads the
/// page when the build it shows is no longer the current one. Injected into HTML responses in serve mode only;
/// never written into the built files.
/// </summary>
internal static class LiveReload
{
    public const string ScriptPath = "/__relevare/live.js";
    public const string EventsPath = "/__relevare/events";

    // The page knows the build it came from (data-build). The stream sends the current build's id on connect and
    // after every rebuild: a different id means the page is stale. Sending it on connect closes the gap between
    // serving the page and the script connecting; EventSource reconnects by itself after a server restart.
    public const string Script = """
        // relevare serve: reloads this page when the site is rebuilt (added in serve mode only).
        (function () {
          "use strict";
          var script = document.currentScript;
          var build = script ? script.getAttribute("data-build") : null;
          var events = new EventSource("/__relevare/events");
          events.onmessage = function (message) {
            if (message.data !== build) {
              events.close();
              window.location.reload();
            }
          };
        })();

        """;

    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>The script tag for a page of build <paramref name="buildId"/>.</summary>
    public static string Tag(string buildId) => $"<script src=\"{ScriptPath}\" data-build=\"{buildId}\" defer></script>";

    /// <summary>The page with the script tag added before its last <c>&lt;/body&gt;</c> (or at the end when there is none).</summary>
    public static byte[] Inject(ReadOnlySpan<byte> html, string buildId)
    {
        var tag = Encoding.UTF8.GetBytes(Tag(buildId));
        var at = LastIndexOfIgnoreCase(html, BodyEnd);
        if (at < 0)
        {
            at = html.Length;
        }

        var result = new byte[html.Length + tag.Length];
        html[..at].CopyTo(result);
        tag.CopyTo(result.AsSpan(at));
        html[at..].CopyTo(result.AsSpan(at + tag.Length));
        return result;
    }

    private static int LastIndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var i = text.Length - lowerNeedle.Length; i >= 0; i--)
        {
            var match = true;
            for (var j = 0; j < lowerNeedle.Length && match; j++)
            {
                var c = text[i + j];
                match = (c is >= (byte)'A' and <= (byte)'Z' ? (byte)(c + 32) : c) == lowerNeedle[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
