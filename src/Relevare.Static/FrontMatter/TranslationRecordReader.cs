using System.Text.RegularExpressions;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.FrontMatter;

/// <summary>
/// Validates <c>translation_of: { source: content/…md, fingerprint: "sha256:…", reviewed: YYYY-MM-DD }</c> (RS0629).
/// <c>relevare new --translation-of</c> writes it; an editor rarely does.
/// </summary>
internal static partial class TranslationRecordReader
{
    private static readonly string[] Fields = ["source", "fingerprint", "reviewed"];

    private static readonly FieldWording Wording = new() { UnknownKey = (field, _) => $"unknown field '{field}' in translation_of" };

    private const string Example = "write 'translation_of: { source: content/conditions/migraine.md, fingerprint: \"sha256:…\" }' — 'relevare new --lang es --translation-of content/…md' writes it for you";

    /// <summary>The record; null when it has a mistake (reported).</summary>
    public static TranslationRecord? Read(string path, YamlNode node, List<Diagnostic> diagnostics)
    {
        var fields = new FieldReader(path, new FieldCodes(DiagnosticCodes.TranslationRecordInvalid), diagnostics, Wording);
        if (node is not YamlMapping map)
        {
            fields.Invalid(node, "'translation_of' must give the 'source' page and its 'fingerprint'", Example);
            return null;
        }

        var errorsBefore = diagnostics.Count;
        fields.UnknownKeys(map, Fields, "translation_of");
        var source = Scalar(map, "source");
        if (source is null || !SourcePath().IsMatch(source))
        {
            fields.Invalid(map.Find("source")?.Value ?? map, source is null ? "translation_of has no 'source'" : $"'source' is '{source}', which is not the path of a page",
                "name the page this one translates by its path, e.g. 'source: content/conditions/migraine.md'");
        }

        var fingerprint = Scalar(map, "fingerprint");
        if (fingerprint is null || !Patterns.Fingerprint().IsMatch(fingerprint))
        {
            fields.Invalid(map.Find("fingerprint")?.Value ?? map,
                fingerprint is null ? "translation_of has no 'fingerprint'" : $"'fingerprint' is '{fingerprint}', not a fingerprint (sha256: and 64 hexadecimal digits)",
                "copy it from the source's last sign-off in content/_data/reviews.yml, or let 'relevare new --translation-of' write it");
        }

        DateOnly? reviewed = null;
        if (Scalar(map, "reviewed") is { } date)
        {
            reviewed = FieldReader.Date(date);
            if (reviewed is null)
            {
                fields.Invalid(map.Find("reviewed")!.Value, $"'reviewed' is '{date}', not a date written YYYY-MM-DD", "write the source's sign-off date, e.g. 'reviewed: 2026-11-20'");
            }
        }

        return diagnostics.Count > errorsBefore ? null : new TranslationRecord(source!, fingerprint!, reviewed, fields.Location(map));
    }

    private static string? Scalar(YamlMapping map, string key) =>
        map.Find(key)?.Value is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0 ? scalar.Value.Trim() : null;

    [GeneratedRegex(@"^content/[^\s]+\.md$")]
    private static partial Regex SourcePath();
}
