using System.Globalization;
using System.Text;
using Relevare.Static.Checks;
using Relevare.Static.Output;
using Relevare.Static.Tests.Checks;
using Relevare.Static.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Relevare.Static.Tests.Conformance;

/// <summary>
/// Runs htmltest's own test suite (../shared/conformance/htmltest, kept as data beside the clone) through our
/// checker with the equivalent options, and compares the number of error-level findings with htmltest's. Prints the
/// agreement by kind of check; fails when it falls below the recorded baseline, or when a case we differ on is not
/// explained in docs/conformance.md.
/// </summary>
public sealed class HtmltestConformanceTests
{
    /// <summary>Cases that agree today (of 153 with an expected count). Raise it when agreement improves; never lower it silently.</summary>
    private const int Baseline = 147; // docs/conformance.md

    private readonly ITestOutputHelper _output;

    public HtmltestConformanceTests(ITestOutputHelper output) => _output = output;

    private const string Data = "conformance/htmltest/cases.json";

    private static string DataFolder => SharedData.PathOf("conformance/htmltest");

    [SharedDataFact(Data)]
    public void The_checker_agrees_with_htmltests_suite_at_least_as_often_as_the_baseline()
    {
        var manifest = Path.Combine(DataFolder, "cases.json");
        Assert.True(File.Exists(manifest), $"the conformance data is missing: expected {manifest} (../shared beside the clone)");

        var cases = HtmltestCase.Load(manifest);
        var compared = cases.Where(c => c.ExpectedIssues is not null).ToList();
        var outcomes = compared.Select(c => (Case: c, Run: Run(c))).ToList();
        var agreeing = outcomes.Count(o => o.Run.Errors == o.Case.ExpectedIssues);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"htmltest conformance: {agreeing} of {compared.Count} cases agree ({Percent(agreeing, compared.Count)}); baseline {Baseline}");
        report.AppendLine();
        report.AppendLine("| kind | cases | agree | agreement |");
        report.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var kind in outcomes.GroupBy(o => o.Case.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var agree = kind.Count(o => o.Run.Errors == o.Case.ExpectedIssues);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {kind.Key} | {kind.Count()} | {agree} | {Percent(agree, kind.Count())} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"| **all** | {compared.Count} | {agreeing} | {Percent(agreeing, compared.Count)} |");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Not compared (no expected count): {string.Join(", ", cases.Where(c => c.ExpectedIssues is null).Select(c => c.Name))}");

        var disagreements = outcomes.Where(o => o.Run.Errors != o.Case.ExpectedIssues).ToList();
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Disagreements ({disagreements.Count}):");
        foreach (var (c, run) in disagreements)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- {c.Name} ({c.Kind}, {c.Fixture}): htmltest {c.ExpectedIssues}, relevare {run.Errors}");
            foreach (var finding in run.Findings)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"    {finding}");
            }
        }

        _output.WriteLine(report.ToString());

        var explained = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "conformance.md"));
        var unexplained = disagreements.Select(o => o.Case.Name).Where(name => !explained.Contains($"`{name}`", StringComparison.Ordinal)).ToList();
        Assert.True(unexplained.Count == 0, $"docs/conformance.md does not explain these disagreements: {string.Join(", ", unexplained)}\n{report}");
        Assert.True(agreeing >= Baseline, $"agreement fell below the baseline: {agreeing} < {Baseline}\n{report}");
    }

    [SharedDataFact(Data)]
    public void Cases_without_an_expected_count_still_run_and_directory_cases_find_htmltests_documents()
    {
        var cases = HtmltestCase.Load(Path.Combine(DataFolder, "cases.json"));
        foreach (var c in cases.Where(c => c.ExpectedDocuments is not null))
        {
            Assert.Equal(c.ExpectedDocuments, Run(c).Pages);
        }

        Assert.All(cases.Where(c => c.ExpectedIssues is null), c => Run(c));
    }

    /// <summary>Checks the case's site with the mapped options; in file mode only the fixture's own findings count.</summary>
    private static (int Errors, int Pages, List<string> Findings) Run(HtmltestCase c)
    {
        var root = Path.Combine(DataFolder, "fixtures", c.SiteRoot);
        var page = c.DirectoryMode ? null : Path.GetRelativePath(root, Path.Combine(DataFolder, "fixtures", c.Fixture)).Replace('\\', '/');

        // In file mode htmltest takes the page extension from the fixture itself.
        var options = HtmltestOptionMapping.Map(c.Options, page is null ? ".html" : Path.GetExtension(page));
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => new OutputFile(p, options.IsPage(p) ? File.ReadAllBytes(Path.Combine(root, p)) : ReadOnlyMemory<byte>.Empty))
            .ToList();
        var result = new SiteChecker(options).Check(files);
        var findings = result.Diagnostics.Where(d => page is null || d.Path == page).ToList();
        return (findings.Count(d => d.IsError), result.Pages, [.. findings.Select(d => $"{d.Location} {(d.IsError ? "error" : "warning")} {d.Code}: {d.Message}")]);
    }

    private static string Percent(int part, int whole) =>
        (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
