using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Relevare.Static.Images;

/// <summary>
/// Checks an SVG before it is published and finds its size. An SVG is a document, not just a picture: opened on
/// its own (its URL is one click away) its scripts run with the site's origin. So scripts, event handlers,
/// <c>&lt;foreignObject&gt;</c> (HTML inside the picture), references to other files or sites, and DTDs (entity
/// expansion) are refused. The size comes from <c>width</c>/<c>height</c> in pixels, else from the <c>viewBox</c>.
/// </summary>
internal static partial class SvgInspector
{
    /// <summary>An SVG's size, or why it cannot be published.</summary>
    /// <param name="Width">Its width in CSS pixels (0 when unknown).</param>
    /// <param name="Height">Its height in CSS pixels (0 when unknown).</param>
    /// <param name="Problem">What makes it unsafe or unreadable, or null.</param>
    /// <param name="IsUnsafe">True when the problem is unsafe content (not a syntax error).</param>
    public sealed record Result(int Width, int Height, string? Problem, bool IsUnsafe);

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 20_000_000,
    };

    /// <summary>Inspects the SVG document in <paramref name="bytes"/>.</summary>
    public static Result Inspect(byte[] bytes)
    {
        double width = 0, height = 0;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && Unsafe("style text", reader.Value) is { } textProblem)
                    {
                        return new Result(0, 0, textProblem, true);
                    }

                    continue;
                }

                var name = reader.LocalName;
                if (root && name != "svg")
                {
                    return new Result(0, 0, $"its root element is <{name}>, not <svg>", false);
                }

                if (name.Equals("script", StringComparison.OrdinalIgnoreCase))
                {
                    return new Result(0, 0, "it contains a <script>", true);
                }

                if (name.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
                {
                    return new Result(0, 0, "it contains a <foreignObject> (HTML inside the picture)", true);
                }

                if (name is "iframe" or "embed" or "object" or "handler" or "listener")
                {
                    return new Result(0, 0, $"it contains an <{name}>", true);
                }

                while (reader.MoveToNextAttribute())
                {
                    var attribute = reader.LocalName;
                    var value = reader.Value;
                    if (attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        return new Result(0, 0, $"<{name}> has an event handler ({attribute}), which runs script", true);
                    }

                    if (attribute == "href" && !IsInternal(value))
                    {
                        return new Result(0, 0, $"<{name}> refers to '{Shorten(value)}', outside the picture", true);
                    }

                    if (Unsafe($"the {attribute} attribute of <{name}>", value) is { } problem)
                    {
                        return new Result(0, 0, problem, true);
                    }

                    if (root && reader.NamespaceURI.Length == 0)
                    {
                        switch (attribute)
                        {
                            case "width":
                                width = Pixels(value);
                                break;
                            case "height":
                                height = Pixels(value);
                                break;
                            case "viewBox" when width == 0 || height == 0:
                                var box = value.Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
                                if (box.Length == 4 && double.TryParse(box[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
                                    && double.TryParse(box[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var h))
                                {
                                    (var vw, var vh) = (w, h);
                                    width = width == 0 ? vw : width;
                                    height = height == 0 ? vh : height;
                                }

                                break;
                        }
                    }
                }

                reader.MoveToElement();
                root = false;
            }
        }
        catch (XmlException e)
        {
            return new Result(0, 0, $"it is not well-formed XML ({e.Message})", false);
        }

        return new Result((int)Math.Round(width), (int)Math.Round(height), null, false);
    }

    private static bool IsInternal(string href)
    {
        var value = href.Trim();
        return value.StartsWith('#') || value.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("data:image/jpeg", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:image/webp", StringComparison.OrdinalIgnoreCase);
    }

    // url(…) and @import in styles reach other files; javascript: anywhere is script.
    private static string? Unsafe(string where, string value)
    {
        if (value.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return $"{where} contains 'javascript:'";
        }

        if (value.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return $"{where} imports another style sheet";
        }

        foreach (Match url in CssUrl().Matches(value))
        {
            if (!IsInternal(url.Groups[1].Value.Trim('\'', '"', ' ')))
            {
                return $"{where} refers to '{Shorten(url.Groups[1].Value)}', outside the picture";
            }
        }

        return null;
    }

    private static double Pixels(string value)
    {
        var text = value.Trim();
        text = text.EndsWith("px", StringComparison.Ordinal) ? text[..^2] : text;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && number < 100_000 ? number : 0;
    }

    private static string Shorten(string text)
    {
        var one = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            one.Append(char.IsControl(c) ? ' ' : c);
        }

        return one.Length <= 60 ? one.ToString() : one.ToString(0, 57) + "...";
    }

    [GeneratedRegex(@"url\s*\(([^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
