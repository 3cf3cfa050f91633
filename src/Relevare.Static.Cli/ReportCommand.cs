using System.CommandLine;
using System.Globalization;
using System.Text;
using Relevare.Static.Diagnostics;
using Relevare.Static.Reporting;

namespace Relevare.Static.Cli;

/// <summary>
/// <c>relevare report</c>: builds the site in memory (writing no site) and writes the content-health report for
/// editors — an HTML page, its style sheet and JSON — even when the build has errors, since that is when it helps.
/// </summary>
internal sealed class ReportCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Option<DirectoryInfo> _source = new("--source", "-s")
    {
        Description = "The site's folder (holding site.yml, content/, templates/, assets/).",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    private readonly Option<DirectoryInfo?> _output = new("--output", "-o")
    {
        Description = "The folder for content-health.html, .css and .json [default: <source>/_report].",
    };

    private readonly Option<bool> _drafts = new("--drafts") { Description = "Include pages marked 'draft: true'." };

    private readonly Option<DateOnly?> _today = CliOptions.Today();

    private readonly CliEnvironment _environment;

    public ReportCommand(CliEnvironment environment) => _environment = environment;

    public Command Create()
    {
        var command = new Command("report", "Write the content-health report: reviews, readability, citations and open problems of every page.")
        {
            _source, _output, _drafts, _today,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var source = parse.GetValue(_source)!.FullName;
        var output = (parse.GetValue(_output)?.FullName ?? Path.Combine(source, "_report")).TrimEnd(Path.DirectorySeparatorChar);
        var (stdout, stderr) = (_environment.Out, _environment.Error);
        if (!Directory.Exists(source))
        {
            stderr.WriteLine($"error: the source folder '{source}' does not exist (pass --source DIR)");
            return ExitCodes.Usage;
        }

        foreach (var folder in new[] { "content", "templates", "assets" })
        {
            if ((output + Path.DirectorySeparatorChar).StartsWith(Path.Combine(source, folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                stderr.WriteLine($"error: --output '{output}' is inside {folder}/; choose a folder outside the site's sources");
                return ExitCodes.Usage;
            }
        }

        var today = CliOptions.TodayOr(parse.GetValue(_today), _environment.Clock);
        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(source), new BuildOptions(parse.GetValue(_drafts)) { Today = today }, images: new DiskImageCache(source));
        if (result.Health is not { } health)
        {
            DiagnosticPrinter.PrintText(stderr, result.Diagnostics, githubActions: false);
            stderr.WriteLine(result.Diagnostics.Any(d => DiagnosticCodes.IsConfiguration(d.Code))
                ? "error: site.yml has errors, so there is nothing to report"
                : "error: site.yml has no 'medical:' section, so there is nothing to report (see docs/editors-guide.md)");
            return ExitCodes.Usage;
        }

        var report = ContentHealthReport.Render(health, result.Diagnostics);
        try
        {
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, ReportFiles.HtmlFileName), report.Html, Utf8);
            File.WriteAllText(Path.Combine(output, ReportFiles.CssFileName), report.Css, Utf8);
            File.WriteAllText(Path.Combine(output, ReportFiles.JsonFileName), report.Json, Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: could not write the report to {output}: {e.Message}");
            return ExitCodes.Errors;
        }

        var pages = health.Pages;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Content health on {today:yyyy-MM-dd}: {pages.Length} pages, {Count(pages.Count(p => p.Review?.Status == Medical.ReviewStatus.Overdue), "review")} overdue, "
            + $"{pages.Count(p => p.Review?.Status == Medical.ReviewStatus.DueSoon)} due soon, {pages.Count(p => p.IsAboveReadabilityLimit)} above the readability limit, "
            + $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}"));
        stdout.WriteLine($"Report written to {Path.Combine(output, ReportFiles.HtmlFileName)} (and {ReportFiles.JsonFileName})");
        return ExitCodes.Success;
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
