using Relevare.Static.Cli;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Content;

/// <summary>
/// A file the operating system refuses to read is the site's problem, not a bug: "cannot read FILE: reason"
/// (RS0005) at that file, never RS0009 "this is a bug in relevare", and never a crash.
/// </summary>
public sealed class UnreadableFileTests
{
    private const string Fixture = "assets-are-copied";

    [Theory]
    [InlineData("site.yml")]
    [InlineData("content/index.md")]
    [InlineData("templates/base.html")]
    [InlineData("assets/css/site.css")]
    public void An_unreadable_file_is_reported_as_cannot_read(string path)
    {
        var result = Build(new Refusing(FixtureFiles(), path, new UnauthorizedAccessException($"Access to the path '/srv/site/{path}' is denied.")));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.CannotRead, diagnostic.Code);
        Assert.Equal($"{path}:1:1", diagnostic.Location);
        Assert.Equal($"cannot read {path}: permission denied", diagnostic.Message);
        Assert.Contains("permissions", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_disk_error_is_reported_with_its_reason()
    {
        var result = Build(new Refusing(FixtureFiles(), "content/index.md", new IOException("Input/output error")));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("content/index.md:1:1: error RS0005: cannot read content/index.md: Input/output error", diagnostic.ToString().Split('\n')[0]);
    }

    [Fact]
    public void An_unlistable_folder_is_reported_at_the_folder()
    {
        var result = Build(new Refusing(FixtureFiles(), "templates", new UnauthorizedAccessException("Access to the path '/srv/site/templates' is denied.")));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CannotRead);
        Assert.Equal("templates/:1:1", diagnostic.Location);
        Assert.Contains("cannot read the folder templates/: Access to the path '/srv/site/templates' is denied.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bug_is_still_an_internal_error_whose_details_only_verbose_and_json_show()
    {
        // Not an I/O failure: a failure relevare does not expect stays RS0009.
        var result = Build(new Refusing(FixtureFiles(), "content/index.md", new InvalidOperationException("unexpected state")));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.InternalError, diagnostic.Code);
        Assert.Contains("at ", diagnostic.Details, StringComparison.Ordinal);
        Assert.Contains(nameof(Refusing), diagnostic.Details, StringComparison.Ordinal);

        var plain = new StringWriter();
        DiagnosticPrinter.PrintText(plain, [diagnostic], githubActions: false);
        Assert.DoesNotContain("details:", plain.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(Refusing), plain.ToString(), StringComparison.Ordinal);

        var verbose = new StringWriter();
        DiagnosticPrinter.PrintText(verbose, [diagnostic], githubActions: false, verbose: true);
        Assert.Contains("  details: System.InvalidOperationException: unexpected state", verbose.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(Refusing), verbose.ToString(), StringComparison.Ordinal);

        var json = new StringWriter();
        DiagnosticPrinter.PrintJson(json, [diagnostic], _ => { });
        Assert.Contains("\"details\": \"System.InvalidOperationException: unexpected state", json.ToString(), StringComparison.Ordinal);
    }

    private static BuildResult Build(ISourceFileSystem source) => SiteBuilder.Build(source, new BuildOptions());

    private static InMemorySourceFileSystem FixtureFiles()
    {
        var root = RepositoryPaths.Fixture(Fixture);
        return new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).StartsWith("expected", StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f))));
    }

    // A source folder where reading one file (or listing one folder) fails as the operating system would make it fail.
    private sealed class Refusing(ISourceFileSystem inner, string path, Exception failure) : ISourceFileSystem
    {
        public IReadOnlyList<string> EnumerateFiles(string directory) =>
            directory == path ? throw failure : inner.EnumerateFiles(directory);

        public bool FileExists(string file) => inner.FileExists(file);

        public byte[] ReadAllBytes(string file) => file == path ? Throw(failure) : inner.ReadAllBytes(file);

        private static byte[] Throw(Exception e) => throw e;
    }
}
