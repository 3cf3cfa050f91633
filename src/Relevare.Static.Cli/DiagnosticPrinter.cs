using System.Globalization;
using System.Text;
using System.Text.Json;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Cli;

/// <summary>Prints diagnostics as compiler-style lines, GitHub Actions annotations, or JSON.</summary>
internal static class DiagnosticPrinter
{
    /// <param name="writer">Where to print.</param>
    /// <param name="diagnostics">What to print.</param>
    /// <param name="githubActions">True for workflow annotations instead of lines.</param>
    /// <param name="verbose">True to print an internal error's details (its stack trace) under it.</param>
    public static void PrintText(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool githubActions, bool verbose = false)
    {
        foreach (var diagnostic in DiagnosticMerger.Merge(diagnostics))
        {
            var printable = Printable(diagnostic);
            writer.WriteLine(githubActions ? Annotation(printable) : printable.ToString());
            if (verbose && diagnostic.Details is { } details)
            {
                writer.WriteLine("  details: " + details.ReplaceLineEndings("\n    "));
            }
        }
    }

    /// <summary>
    /// The diagnostic with every control character in its path, message and hint written as an escape
    /// (<c>\t</c>, <c>\u001B</c>). Messages quote content (a refused URL, a file name): a tab, newline or
    /// terminal escape sequence in it must neither break the one-line format nor reach the terminal.
    /// </summary>
    public static Diagnostic Printable(Diagnostic d) =>
        d with
        {
            Path = Escape(d.Path),
            Message = Escape(d.Message),
            Hint = d.Hint is null ? null : Escape(d.Hint),
            Also = d.Also.IsDefaultOrEmpty ? d.Also : [.. d.Also.Select(a => a with { Path = Escape(a.Path) })],
        };

    private static string Escape(string text)
    {
        if (!text.Any(IsUnprintable))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when IsUnprintable(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    // Controls, the line and paragraph separators, and the bidirectional overrides that reorder what a terminal shows.
    private static bool IsUnprintable(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The workflow command GitHub turns into an annotation on the file and line.</summary>
    public static string Annotation(Diagnostic d)
    {
        var kind = d.IsError ? "error" : "warning";
        var merged = d.Message + DiagnosticMerger.MoreText(d.Also);
        var message = d.Hint is null ? merged : $"{merged}\nhint: {d.Hint}";
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
            foreach (var d in DiagnosticMerger.Merge(diagnostics))
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

                if (d.Details is not null)
                {
                    json.WriteString("details", d.Details);
                }

                // Identical findings elsewhere, merged into this one: every other place, in order.
                json.WriteNumber("count", 1 + d.Also.Length);
                json.WriteStartArray("also");
                foreach (var place in d.Also)
                {
                    json.WriteStartObject();
                    json.WriteString("path", place.Path);
                    json.WriteNumber("line", Math.Max(place.Line, 1));
                    json.WriteNumber("column", Math.Max(place.Column, 1));
                    json.WriteEndObject();
                }

                json.WriteEndArray();

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
