using Relevare.Static.Tests.Cli;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// The tool compiled ahead of time (<c>build.ps1 publish</c>, what the benchmark runs) does exactly what the JIT
/// build does: the same bytes for the clinic's site, the same findings for broken sites. Reflection or run-time
/// code generation that trimming breaks would show up here as a difference or a crash. Publishes once into a
/// temporary folder with its own build output, so the repository's bin/ and obj/ are untouched.
/// </summary>
public sealed class NativeAotTests : IClassFixture<NativeAotTests.PublishedTool>
{
    private readonly PublishedTool _tool;

    public NativeAotTests(PublishedTool tool) => _tool = tool;

    [Fact]
    public void The_native_tool_is_one_self_contained_executable()
    {
        Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+", ProcessRunner.Run(_tool.Executable, "--version"));
        Assert.False(File.Exists(Path.Combine(_tool.Folder, "relevare.dll")), "a native build has no managed assembly to load");
    }

    [Fact]
    public void The_native_tool_builds_the_clinic_site_byte_for_byte_like_the_JIT_build()
    {
        using var native = TempSite.FromRepository();
        using var jit = TempSite.FromRepository();

        var output = ProcessRunner.Run(_tool.Executable, "build", "--source", native.Root, "--today", "2026-11-25");
        var run = CliRunner.Run("build", "--source", jit.Root, "--today", "2026-11-25");

        Assert.Contains($"0 errors, {Governance.ClinicPlaceholders.Expected.Count} warnings", output, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = FolderSnapshot.Take(native.Output);
        Assert.True(files.Count > 20, $"only {files.Count} files");
        Assert.Equal(FolderSnapshot.Take(jit.Output), files);
    }

    [Theory]
    [InlineData("medical-unknown-citation-key-is-an-error-at-its-line")]
    [InlineData("layout-syntax-error-is-reported-once")]
    [InlineData("html-in-markdown-is-escaped-with-a-warning")]
    public void The_native_tool_reports_what_the_JIT_build_reports(string fixture)
    {
        using var native = TempSite.FromFixture(fixture);
        using var jit = TempSite.FromFixture(fixture);

        var (exitCode, output) = ProcessRunner.RunAllowingFailure(_tool.Executable, "build", "--source", native.Root, "--today", "2026-11-25", "--strict");
        var run = CliRunner.Run("build", "--source", jit.Root, "--today", "2026-11-25", "--strict");

        Assert.Equal(run.ExitCode, exitCode);
        Assert.NotEqual(0, exitCode);
        var findings = Findings(run.Error);
        Assert.NotEmpty(findings);
        Assert.Equal(findings, Findings(output));
    }

    private static List<string> Findings(string text) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": error RS", StringComparison.Ordinal) || l.Contains(": warning RS", StringComparison.Ordinal) || l.StartsWith("  hint:", StringComparison.Ordinal))];

    /// <summary>The tool, published once for the whole class with <c>-p:PublishAot=true</c>.</summary>
    public sealed class PublishedTool : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "relevare-aot-tests", Guid.NewGuid().ToString("N"));

        public PublishedTool()
        {
            Folder = Path.Combine(_root, "bin");
            var project = Path.Combine(RepositoryPaths.RepositoryRoot, "src", "Relevare.Static.Cli", "Relevare.Static.Cli.csproj");
            ProcessRunner.Run("dotnet", "publish", project, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true",
                "-o", Folder, "--artifacts-path", Path.Combine(_root, "artifacts"), "-nologo");
            Executable = Path.Combine(Folder, "relevare");
        }

        public string Folder { get; }

        public string Executable { get; }

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
