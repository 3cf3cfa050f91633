using System.Globalization;
using Relevare.Static.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Relevare.Static.BrowserTests;

/// <summary>axe-core on every page of the clinic's site, at phone and desktop widths.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests
{
    private readonly BrowserFixture _fixture;
    private readonly ITestOutputHelper _output;

    public AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    public static TheoryData<string, int> Cases => ClinicSite.PageAndWidthCases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_has_no_WCAG_A_or_AA_violations(string page, int width)
    {
        await using var browserPage = await BrowserPage.OpenAsync(_fixture.Browser, _fixture.Clinic.Url(page), width);

        var result = await Axe.RunAsync(browserPage.Page);

        var violations = Axe.Describe(result);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"axe {page} at {width} px: {result.Violations.Length} violations, {result.Passes.Length} rules passed, {result.Incomplete.Length} to review ({string.Join(", ", result.Incomplete.Select(i => i.Id))})");
        _output.WriteLine(summary);
        violations.ToList().ForEach(_output.WriteLine);
        var name = page.Trim('/').Replace('/', '-') is { Length: > 0 } slug ? slug : "home";
        await File.WriteAllTextAsync(
            Path.Combine(RepositoryPaths.Artifacts("axe"), string.Create(CultureInfo.InvariantCulture, $"{name}-{width}.txt")),
            string.Join('\n', [summary, .. violations]) + "\n");
        Assert.True(violations.Count == 0, $"{summary}\n{string.Join('\n', violations)}");
    }
}
