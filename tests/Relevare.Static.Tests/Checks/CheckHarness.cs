using System.Collections.Immutable;
using System.Text;
using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;

namespace Relevare.Static.Tests.Checks;

/// <summary>Tiny HTML sites for the checker: a page that passes every check, with the body put on line 7.</summary>
internal static class CheckHarness
{
    public const string Head =
        "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Test page</title>"
        + "<meta name=\"description\" content=\"A description that is long enough for the length check of the checker.\">";

    /// <summary>A clean page around <paramref name="body"/>, which starts on line 7, column 1.</summary>
    public static string Page(string body, string head = Head) =>
        $"<!doctype html>\n<html lang=\"en\">\n<head>{head}</head>\n<body>\n<main>\n<h1>Page</h1>\n{body}\n</main>\n</body>\n</html>\n";

    public static CheckResult Check(CheckOptions options, params (string Path, string Content)[] files) =>
        new SiteChecker(options).Check([.. files.Select(f => new OutputFile(f.Path, Encoding.UTF8.GetBytes(f.Content)))]);

    public static CheckResult Check(params (string Path, string Content)[] files) => Check(CheckOptions.Default, files);

    /// <summary>Checks one home page with <paramref name="body"/>.</summary>
    public static ImmutableArray<Diagnostic> Body(string body) => Check(("index.html", Page(body))).Diagnostics;

    /// <summary>"code path:line:col" for each diagnostic, the form the assertions compare.</summary>
    public static string[] Summaries(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Code} {d.Location}")];

    public static CheckOptions WithLevels(params (string Code, CheckLevel Level)[] levels) =>
        CheckOptions.Default with { Levels = levels.ToImmutableSortedDictionary(l => l.Code, l => l.Level, StringComparer.Ordinal) };
}
