using System.Globalization;
using System.Text;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Tests.Yaml;

/// <summary>
/// The rule <see cref="FastYamlReader"/> lives by: for any text, it gives null, or YamlDotNet's tree (kinds, values,
/// plain flags, lines, columns, order) for a text YamlDotNet's path reads without a single diagnostic.
/// </summary>
internal static class FastYamlAgreement
{
    private static readonly SafeYamlReader.Codes Codes = new(
        DiagnosticCodes.FrontMatterSyntax, DiagnosticCodes.FrontMatterUnsafeYaml, DiagnosticCodes.FrontMatterDuplicateKey);

    /// <summary>Asserts the rule for <paramref name="yaml"/>; true when the fast reader read it (did not decline).</summary>
    public static bool Check(string yaml, int firstLine = 2, string? name = null)
    {
        var fast = FastYamlReader.Read(yaml, firstLine);
        if (fast is null)
        {
            return false;
        }

        var diagnostics = new List<Diagnostic>();
        var slow = SafeYamlReader.ReadWithYamlDotNet("content/a.md", yaml, firstLine, Codes, diagnostics);
        var label = (name is null ? "" : name + ": ") + "the fast reader read\n" + Show(yaml);
        Assert.True(diagnostics.Count == 0, $"{label}\nbut YamlDotNet's path reports: {string.Join("; ", diagnostics)}");
        Assert.True(slow is not null, $"{label}\nbut YamlDotNet's path gives no tree");
        var expected = Describe(slow);
        var actual = Describe(fast);
        Assert.True(expected == actual, $"{label}\nYamlDotNet: {expected}\nfast:       {actual}");
        return true;
    }

    /// <summary>The tree as one line of text: kind, position, plain flag and value of every node, in order.</summary>
    public static string Describe(YamlNode? node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    private static void Append(StringBuilder text, YamlNode? node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                text.Append(CultureInfo.InvariantCulture, $"{(scalar.IsPlain ? "P" : "Q")}@{scalar.Line}:{scalar.Column}{Quote(scalar.Value)}");
                break;
            case YamlSequence sequence:
                text.Append(CultureInfo.InvariantCulture, $"S@{sequence.Line}:{sequence.Column}[");
                foreach (var item in sequence.Items)
                {
                    Append(text, item);
                    text.Append(", ");
                }

                text.Append(']');
                break;
            case YamlMapping mapping:
                text.Append(CultureInfo.InvariantCulture, $"M@{mapping.Line}:{mapping.Column}{{");
                foreach (var entry in mapping.Entries)
                {
                    Append(text, entry.Key);
                    text.Append(": ");
                    Append(text, entry.Value);
                    text.Append(", ");
                }

                text.Append('}');
                break;
            case null:
                text.Append("null");
                break;
            default:
                text.Append(node.GetType().Name);
                break;
        }
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    private static string Show(string yaml) =>
        "  | " + yaml.Replace("\t", "→", StringComparison.Ordinal).Replace("\n", "⏎\n  | ", StringComparison.Ordinal);
}
