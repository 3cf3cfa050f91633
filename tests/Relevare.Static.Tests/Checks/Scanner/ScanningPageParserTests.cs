using System.Collections.Concurrent;
using Relevare.Static.Checks;
using Relevare.Static.Cli;
using Relevare.Static.Tests.Fixtures;
using Relevare.Static.Tests.Publishing;

namespace Relevare.Static.Tests.Checks.Scanner;

/// <summary>
/// The page pass with the scanner (the default, <see cref="ScanningPageParser"/>) and with AngleSharp alone give the
/// same build — the same bytes and the same findings, at the same places — on the clinic's site and every fixture,
/// and the same <c>relevare check</c> findings on the clinic's built pages; and the scanner parses every clinic page.
/// </summary>
public sealed class ScanningPageParserTests
{
    [Fact]
    public void The_clinic_site_builds_the_same_with_the_scanner_as_with_AngleSharp_alone_and_every_page_is_scanned()
    {
        var parsers = new ConcurrentBag<ScanningPageParser>();
        var scanning = SiteBuilder.Build(
            new PhysicalSourceFileSystem(RepositoryPaths.RepositoryRoot),
            new BuildOptions { PageParsers = () => Keep(parsers, new ScanningPageParser()) });
        var angleSharp = SiteBuilder.Build(
            new PhysicalSourceFileSystem(RepositoryPaths.RepositoryRoot),
            new BuildOptions { PageParsers = () => new AngleSharpPageParser() });

        AssertSameBuild("the clinic site", angleSharp, scanning);
        var pages = scanning.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        Assert.True(pages >= 20, $"only {pages} pages");
        Assert.Equal(0, parsers.Sum(p => p.FellBack));
        Assert.True(parsers.Sum(p => p.Scanned) >= pages, $"{parsers.Sum(p => p.Scanned)} pages scanned of {pages}");
    }

    [Fact]
    public void Every_fixture_builds_the_same_with_the_scanner_as_with_AngleSharp_alone()
    {
        var built = 0;
        foreach (var fixture in RepositoryPaths.FixtureNames())
        {
            var folder = RepositoryPaths.Fixture(fixture);
            var today = FixtureTests.TodayOf(folder);
            var scanning = SiteBuilder.Build(new PhysicalSourceFileSystem(folder), new BuildOptions { Today = today });
            var angleSharp = SiteBuilder.Build(
                new PhysicalSourceFileSystem(folder),
                new BuildOptions { Today = today, PageParsers = () => new AngleSharpPageParser() });
            AssertSameBuild(fixture, angleSharp, scanning);
            built++;
        }

        Assert.True(built >= 100, $"only {built} fixtures");
    }

    [Fact]
    public void Checking_the_clinics_built_pages_finds_the_same_with_the_scanner_as_with_AngleSharp_alone()
    {
        var files = ClinicSite.Result.Files;
        var options = CheckOptions.Default with { BaseUrl = ClinicSite.BaseUrl };
        var scanning = new SiteChecker(options).Check(files);
        var angleSharp = new SiteChecker(options, () => new AngleSharpPageParser()).Check(files);
        Assert.Equal(Show(angleSharp.Diagnostics), Show(scanning.Diagnostics));
    }

    private static ScanningPageParser Keep(ConcurrentBag<ScanningPageParser> all, ScanningPageParser parser)
    {
        all.Add(parser);
        return parser;
    }

    private static void AssertSameBuild(string what, BuildResult expected, BuildResult actual)
    {
        Assert.True(
            FixtureTests.PrintDiagnostics(expected) == FixtureTests.PrintDiagnostics(actual),
            $"{what}: the findings differ\nAngleSharp:\n{FixtureTests.PrintDiagnostics(expected)}\nscanner:\n{FixtureTests.PrintDiagnostics(actual)}");
        Assert.Equal(expected.Files.Select(f => f.Path), actual.Files.Select(f => f.Path));
        foreach (var (wanted, got) in expected.Files.Zip(actual.Files))
        {
            Assert.True(wanted.Content.Span.SequenceEqual(got.Content.Span), $"{what}: {wanted.Path} differs");
        }
    }

    private static string Show(IEnumerable<Relevare.Static.Diagnostics.Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(d => $"{d.Path}:{d.Line}:{d.Column}: {d.Severity} {d.Code}: {d.Message} | {d.Hint}"));
}
