using System.Globalization;
using System.Text;
using Relevare.Static.Cli;

namespace Relevare.Static.Tests.Fixtures;

/// <summary>
/// Builds every site in tests/fixtures/ (through the real file system adapter) and compares the result byte for
/// byte: all output files and their names with <c>expected/</c>, the diagnostics with <c>expected-diagnostics.txt</c>
/// (the lines the CLI prints). A missing <c>expected/</c> means "no files", a missing diagnostics file "no diagnostics".
/// <para>
/// To approve new output, run the tests with the environment variable <c>RELEVARE_APPROVE=1</c>: instead of
/// comparing, each fixture's expected files are rewritten from what the build produced (and deleted when there is
/// nothing to expect). Review the resulting git diff before committing it: an approved bug is still a bug.
/// </para>
/// </summary>
public sealed class FixtureTests
{
    private const string ExpectedFolder = "expected";
    private const string ExpectedDiagnosticsFile = "expected-diagnostics.txt";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static TheoryData<string> Fixtures() => new(RepositoryPaths.FixtureNames());

    private static bool Approving => Environment.GetEnvironmentVariable("RELEVARE_APPROVE") == "1";

    [Fact]
    public void The_fixtures_folder_holds_fixtures()
    {
        Assert.NotEmpty(RepositoryPaths.FixtureNames());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_builds_to_its_expected_output(string fixture)
    {
        var folder = RepositoryPaths.Fixture(fixture);
        Assert.True(File.Exists(Path.Combine(folder, "site.yml")), $"{fixture}: a fixture is a site and needs a site.yml");

        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(folder), new BuildOptions { Today = TodayOf(folder) });
        var diagnostics = PrintDiagnostics(result);
        var files = result.Files.ToDictionary(f => f.Path, f => f.Content.ToArray(), StringComparer.Ordinal);

        var expectedFolder = Path.Combine(folder, ExpectedFolder);
        var diagnosticsFile = Path.Combine(folder, ExpectedDiagnosticsFile);
        if (Approving)
        {
            Approve(expectedFolder, diagnosticsFile, files, diagnostics);
            return;
        }

        Assert.True(
            Directory.Exists(expectedFolder) || File.Exists(diagnosticsFile),
            $"{fixture}: has neither {ExpectedFolder}/ nor {ExpectedDiagnosticsFile}; run the tests with RELEVARE_APPROVE=1 to create them");

        var expectedDiagnostics = File.Exists(diagnosticsFile) ? File.ReadAllBytes(diagnosticsFile) : [];
        AssertSameBytes(fixture, ExpectedDiagnosticsFile, expectedDiagnostics, Utf8.GetBytes(diagnostics));

        var expectedFiles = ReadTree(expectedFolder);
        Assert.Equal(expectedFiles.Keys.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, expected) in expectedFiles)
        {
            AssertSameBytes(fixture, $"{ExpectedFolder}/{path}", expected, files[path]);
        }
    }

    /// <summary>The date in the fixture's optional <c>today.txt</c>, which review deadlines are measured against.</summary>
    internal static DateOnly? TodayOf(string folder)
    {
        var file = Path.Combine(folder, "today.txt");
        return File.Exists(file) ? DateOnly.ParseExact(File.ReadAllText(file).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private static void AssertSameBytes(string fixture, string expectedPath, byte[] expected, byte[] actual)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            Assert.Fail($"{fixture}: the build differs from {expectedPath} at {FirstDifference(Utf8.GetString(expected), Utf8.GetString(actual))}\n"
                + "(if the change is intended, approve it with RELEVARE_APPROVE=1 and review the diff)");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var wanted = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var got = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (wanted != got)
            {
                return $"line {i + 1}:\n  expected: {wanted}\n  actual:   {got}";
            }
        }

        return "no line: the text is the same but the bytes are not (encoding, byte order mark)";
    }

    /// <summary>The diagnostics exactly as <c>relevare build</c> prints them on stderr.</summary>
    internal static string PrintDiagnostics(BuildResult result)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        DiagnosticPrinter.PrintText(writer, result.Diagnostics, githubActions: false);
        return writer.ToString();
    }

    /// <summary>Every file under <paramref name="folder"/> (none when it does not exist), by path with '/' separators.</summary>
    internal static SortedDictionary<string, byte[]> ReadTree(string folder)
    {
        var tree = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return tree;
        }

        var everything = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(folder, "*", everything))
        {
            tree[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return tree;
    }

    private static void Approve(string expectedFolder, string diagnosticsFile, Dictionary<string, byte[]> files, string diagnostics)
    {
        if (Directory.Exists(expectedFolder))
        {
            Directory.Delete(expectedFolder, recursive: true);
        }

        foreach (var (path, content) in files)
        {
            var target = Path.Combine(expectedFolder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }

        if (diagnostics.Length > 0)
        {
            File.WriteAllText(diagnosticsFile, diagnostics, Utf8);
        }
        else if (File.Exists(diagnosticsFile))
        {
            File.Delete(diagnosticsFile);
        }
    }
}
