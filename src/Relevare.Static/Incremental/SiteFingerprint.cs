using System.Buffers.Binary;
using System.Collections;
using System.Globalization;
using System.Runtime.InteropServices;
using Relevare.Static.Markdown;
using Relevare.Static.Templating;
using Scriban.Runtime;

namespace Relevare.Static.Incremental;

/// <summary>
/// Canonical encodings of what every page's rendering sees besides the page itself: the <c>site</c> template
/// model (configuration and every page's summary) with the link targets (URLs of all pages, drafts, broken pages),
/// and the templates. Two builds render a page the same way when their encodings are equal. The model is encoded
/// by walking its values, not by listing fields here, so a field added to the template model later is covered
/// without a change here. The bytes are compared, not hashed: comparing is cheaper, and nothing can collide.
/// </summary>
internal sealed class SiteFingerprint
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;

    /// <summary>The <c>site</c> model and the link targets.</summary>
    public static byte[] OfSite(ScriptObject siteGlobal, LinkTargets targets)
    {
        // Collections are taken in their own order: the same code builds them in the same order from the same
        // input, and a different order could only cause an unneeded re-render, never a stale page.
        var writer = new SiteFingerprint();
        writer.WriteValue(siteGlobal);
        writer.WriteInt(targets.UrlBySource.Count);
        foreach (var (source, url) in targets.UrlBySource)
        {
            writer.WriteString(source);
            writer.WriteString(url);
        }

        writer.WriteValue(targets.Drafts);
        writer.WriteValue(targets.Broken);
        return writer.ToArray();
    }

    /// <summary>The templates (path and text; null text: unreadable) and whether they can render pages.</summary>
    public static byte[] OfTemplates(IEnumerable<KeyValuePair<string, string?>> templates, bool usable)
    {
        var writer = new SiteFingerprint();
        foreach (var (path, text) in templates)
        {
            writer.WriteString(path);
            writer.WriteValue(text);
        }

        writer.WriteInt(usable ? 1 : 0);
        return writer.ToArray();
    }

    private byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    // Each value is tagged with its kind and length-prefixed, so different models never give the same bytes.
    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteInt(0);
                break;
            case string text:
                WriteInt(1);
                WriteString(text);
                break;
            case RawHtml html:
                WriteInt(2);
                WriteString(html.Html);
                break;
            case ScriptObject members:
                WriteInt(3);
                WriteInt(members.Count);
                foreach (var (name, member) in members)
                {
                    WriteString(name);
                    WriteValue(member);
                }

                break;
            case IList items:
                WriteInt(4);
                WriteInt(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    WriteValue(items[i]);
                }

                break;
            case IEnumerable items:
                WriteValue(items.Cast<object?>().ToList());
                break;
            default:
                WriteInt(5);
                WriteString(value.GetType().FullName ?? "");
                WriteString(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private void WriteString(string text)
    {
        WriteInt(text.Length);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        bytes.CopyTo(Reserve(bytes.Length));
    }

    private void WriteInt(int value) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(sizeof(int)), value);

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
