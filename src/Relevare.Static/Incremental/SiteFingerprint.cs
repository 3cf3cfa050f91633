using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Relevare.Static.Markdown;
using Relevare.Static.Templating;
using Scriban.Runtime;

namespace Relevare.Static.Incremental;

/// <summary>
/// A hash of everything that every page's rendering sees besides the page itself: the <c>site</c> template model
/// (configuration and every page's summary), the link targets (URLs of all pages, drafts, broken pages) and the
/// templates. The model is hashed by walking its values, not by listing fields here, so a field added to the
/// template model later is covered without a change here.
/// </summary>
internal static class SiteFingerprint
{
    public static byte[] Compute(ScriptObject siteGlobal, LinkTargets targets, IEnumerable<KeyValuePair<string, string?>> templates, bool templatesUsable)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            WriteValue(writer, siteGlobal);
            WriteStrings(writer, targets.UrlBySource.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => new[] { p.Key, p.Value }));
            WriteStrings(writer, targets.Drafts.Order(StringComparer.Ordinal));
            WriteStrings(writer, targets.Broken.Order(StringComparer.Ordinal));
            foreach (var (path, text) in templates.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                writer.Write(path);
                writer.Write(text is not null);
                writer.Write(text ?? "");
            }

            writer.Write(templatesUsable);
        }

        return SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static void WriteStrings(BinaryWriter writer, IEnumerable<string> values)
    {
        var list = values.ToList();
        writer.Write(list.Count);
        foreach (var value in list)
        {
            writer.Write(value);
        }
    }

    // Each value is tagged with its kind and length-prefixed, so different models never write the same bytes.
    private static void WriteValue(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.Write((byte)0);
                break;
            case string text:
                writer.Write((byte)1);
                writer.Write(text);
                break;
            case RawHtml html:
                writer.Write((byte)2);
                writer.Write(html.Html);
                break;
            case ScriptObject members:
                writer.Write((byte)3);
                writer.Write(members.Count);
                foreach (var name in members.Keys.Order(StringComparer.Ordinal))
                {
                    writer.Write(name);
                    WriteValue(writer, members[name]);
                }

                break;
            case IEnumerable items:
                writer.Write((byte)4);
                var list = items.Cast<object?>().ToList();
                writer.Write(list.Count);
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                break;
            default:
                writer.Write((byte)5);
                writer.Write(value.GetType().FullName ?? "");
                writer.Write(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }
}
