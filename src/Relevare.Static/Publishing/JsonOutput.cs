using System.Text.Encodings.Web;
using System.Text.Json;

namespace Relevare.Static.Publishing;

/// <summary>
/// Writes JSON files the same way on every machine (<c>\n</c> line endings, a final newline). The files are served
/// as JSON, never embedded in HTML, so characters such as <c>+</c>, <c>&lt;</c> and accents need no escaping.
/// </summary>
internal static class JsonOutput
{
    public static byte[] Write(bool indented, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
