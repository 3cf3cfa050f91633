using System.Globalization;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Readability;

/// <summary>
/// Validates <c>readability_exception: { max_grade: 10, reason: "…" }</c> (an English page's Flesch–Kincaid grade) or
/// <c>{ min_inflesz: 45, reason: "…" }</c> (a Spanish page's INFLESZ score). An exception is a decision someone must
/// be able to review later, so it needs one bound and a written reason (RS0613 otherwise).
/// </summary>
internal static class ReadabilityExemptionReader
{
    /// <summary>The fewest words a reason may have: enough for a sentence, not a shrug ("technical").</summary>
    public const int MinReasonWords = 5;

    private static readonly string[] Fields = ["max_grade", "min_inflesz", "reason"];

    /// <summary>The exception; null when it has a mistake (reported).</summary>
    public static ReadabilityExemption? Read(string path, YamlNode node, List<Diagnostic> diagnostics)
    {
        const string Example = "write 'readability_exception: { max_grade: 10, reason: \"…why this page cannot be simpler…\" }'";
        if (node is not YamlMapping map)
        {
            Error(path, diagnostics, node, "'readability_exception' must give 'max_grade' and 'reason'", Example);
            return null;
        }

        var errorsBefore = diagnostics.Count;
        foreach (var unknown in map.Entries.Where(e => !Fields.Contains(e.Key.Value)))
        {
            Error(path, diagnostics, unknown.Key, $"unknown field '{unknown.Key.Value}' in readability_exception", Suggestions.DidYouMean(unknown.Key.Value, Fields));
        }

        double grade = 0;
        double? inflesz = null;
        var gradeEntry = map.Find("max_grade");
        var infleszEntry = map.Find("min_inflesz");
        if (gradeEntry is not null && infleszEntry is not null)
        {
            Error(path, diagnostics, infleszEntry.Key, "the readability exception gives both 'max_grade' and 'min_inflesz'",
                "keep 'max_grade' for a page in English (Flesch–Kincaid) or 'min_inflesz' for a page in Spanish (INFLESZ), not both");
        }
        else if (infleszEntry is not null)
        {
            if (infleszEntry.Value is YamlScalar { IsPlain: true } infleszText && Patterns.Grade().IsMatch(infleszText.Value)
                && double.TryParse(infleszText.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 99)
            {
                inflesz = score;
            }
            else
            {
                Error(path, diagnostics, infleszEntry.Value, "'min_inflesz' must be an INFLESZ score from 1 to 99 (e.g. 45 or 47.5)", "write e.g. 'min_inflesz: 45'");
            }
        }
        else if (gradeEntry is null)
        {
            Error(path, diagnostics, map, "the readability exception has no 'max_grade'", "add the highest grade this page may reach, e.g. 'max_grade: 10' (or, for a page in Spanish, the lowest INFLESZ score, e.g. 'min_inflesz: 45')");
        }
        else if (gradeEntry.Value is not YamlScalar { IsPlain: true } gradeText || !Patterns.Grade().IsMatch(gradeText.Value)
            || !double.TryParse(gradeText.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out grade) || grade is < 1 or > 20)
        {
            Error(path, diagnostics, gradeEntry.Value, "'max_grade' must be a school grade from 1 to 20 (e.g. 10 or 9.5)", "write e.g. 'max_grade: 10'");
        }

        var reasonEntry = map.Find("reason");
        var reason = reasonEntry?.Value is YamlScalar { IsNull: false } reasonText ? reasonText.Value.Trim() : "";
        var words = reason.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < MinReasonWords)
        {
            Error(path, diagnostics, reasonEntry?.Value ?? map,
                reason.Length == 0 ? "the readability exception has no written reason" : $"the reason '{reason}' is too short to explain the exception",
                $"write at least {MinReasonWords} words saying why this page cannot be simpler, e.g. 'reason: \"It explains how the drug acts on the brain; the medical terms are needed and are explained.\"'");
        }

        return diagnostics.Count > errorsBefore ? null : new ReadabilityExemption(grade, reason, new SourceLocation(path, map.Line, map.Column)) { MinInflesz = inflesz };
    }

    private static void Error(string path, List<Diagnostic> diagnostics, YamlNode at, string message, string hint) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidReadabilityException, new SourceLocation(path, at.Line, at.Column), message, hint));
}
