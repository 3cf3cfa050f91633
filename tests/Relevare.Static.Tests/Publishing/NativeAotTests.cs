using Relevare.Static.Tests.Cli;
using Relevare.Static.Tests.Infrastructure;

namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// The tool compiled ahead of time (what <c>dotnet tool install</c> gives on linux-x64, and what the benchmark runs)
/// does exactly what the JIT build does: the same findings for broken sites (the clinic's site, byte for byte: see
/// <see cref="ToolPackageTests"/>). Reflection or run-time code generation that trimming breaks would show up here as
/// a difference or a crash. Uses the installed tool shared by <see cref="InstalledToolGroup"/> (one AOT compilation).
/// </summary>
[Collection(InstalledToolGroup.Name)]
public sealed class NativeAotTests
{
    private readonly InstalledTool _tool;

    public NativeAotTests(InstalledTool tool) => _tool = tool;

    [Theory]
    [InlineData("medical-unknown-citation-key-is-an-error-at-its-line")]
    [InlineData("layout-syntax-error-is-reported-once")]
    [InlineData("html-in-markdown-is-escaped-with-a-warning")]
    public void The_native_tool_reports_what_the_JIT_build_reports(string fixture)
    {
        using var native = TempSite.FromFixture(fixture);
        using var jit = TempSite.FromFixture(fixture);

        var (exitCode, output) = ProcessRunner.RunAllowingFailure(_tool.Command, "build", "--source", native.Root, "--today", "2026-11-25", "--strict");
        var run = CliRunner.Run("build", "--source", jit.Root, "--today", "2026-11-25", "--strict");

        Assert.Equal(run.ExitCode, exitCode);
        Assert.NotEqual(0, exitCode);
        var findings = Findings(run.Error);
        Assert.NotEmpty(findings);
        Assert.Equal(findings, Findings(output));
    }

    private static List<string> Findings(string text) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": error RS", StringComparison.Ordinal) || l.Contains(": warning RS", StringComparison.Ordinal) || l.StartsWith("  hint:", StringComparison.Ordinal))];
}
