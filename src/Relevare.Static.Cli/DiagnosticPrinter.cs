using System.Globalization;
using System.Text;
using System.Text.Json;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Cli;

/// <summary>Prints diagnostics as compiler-style lines, GitHub Actions annotations, or JSON.</summary>
internal static class DiagnosticPrinter
{
    public static void PrintText(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool githubActions)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(githubActions ? Annotation(diagnostic) : diagnostic.ToString());
        }
    }

    /// <summary>The workflow command GitHub turns into an annotation on the file and line.</summary>
    public static string Annotation(Diagnostic d)
    {
        var kind = d.IsError ? "error" : "warning";
        var message = d.Hint is null ? d.Message : $"{d.Message}\nhint: {d.Hint}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"::{kind} file={Property(d.Path)},line={Math.Max(d.Line, 1)},col={Math.Max(d.Column, 1)},title={Property(d.Code)}::{Data(message)}");
    }

    public static void PrintJson(TextWriter writer, IEnumerable<Diagnostic> diagnostics, Action<Utf8JsonWriter> summary)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            summary(json);
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("path", d.Path);
                json.WriteNumber("line", Math.Max(d.Line, 1));
                json.WriteNumber("column", Math.Max(d.Column, 1));
                json.WriteString("message", d.Message);
                if (d.Hint is null)
                {
                    json.WriteNull("hint");
                }
                else
                {
                    json.WriteString("hint", d.Hint);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
