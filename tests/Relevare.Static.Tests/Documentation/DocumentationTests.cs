using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using System.Text.RegularExpressions;
using Relevare.Static.Cli;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Documentation;

/// <summary>
/// Keeps the documentation in step with the code: every diagnostic code is explained in the editor's guide, every
/// option of <c>relevare build</c> is in the CLI reference and the README, and the documents name no code that does
/// not exist.
/// </summary>
public sealed class DocumentationTests
{
    private static readonly string RepositoryRoot = Fixtures.RepositoryPaths.RepositoryRoot;

    public static TheoryData<string> Codes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var code in AllCodes())
            {
                data.Add(code);
            }

            return data;
        }
    }

    public static TheoryData<string> BuildOptionNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var option in BuildOptions())
            {
                data.Add(option.Name);
            }

            return data;
        }
    }

    [Fact]
    public void DiagnosticCodes_declares_codes_to_document() =>
        Assert.True(AllCodes().Count >= 10, "reflection found too few codes in DiagnosticCodes");

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_diagnostic_code_is_explained_in_the_editors_guide(string code) =>
        Assert.True(Mentions(Read("docs/editors-guide.md"), code), $"docs/editors-guide.md does not mention {code}");

    [Fact]
    public void The_documents_name_only_codes_that_exist()
    {
        var known = AllCodes().ToHashSet(StringComparer.Ordinal);
        foreach (var document in new[] { "README.md", "docs/editors-guide.md", "docs/cli.md", "docs/architecture.md" })
        {
            var unknown = Regex.Matches(Read(document), @"\bRS[0-9]{4}\b")
                .Select(m => m.Value)
                .Where(code => !known.Contains(code))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            Assert.True(unknown.Count == 0, $"{document} names codes that DiagnosticCodes does not declare: {string.Join(", ", unknown)}");
        }
    }

    [Fact]
    public void The_build_command_has_options_to_document() =>
        Assert.Contains(BuildOptions(), option => option.Name == "--source");

    [Theory]
    [MemberData(nameof(BuildOptionNames))]
    public void Every_build_option_is_in_the_cli_reference_with_its_aliases(string name)
    {
        var cli = Read("docs/cli.md");
        var option = BuildOptions().Single(o => o.Name == name);
        foreach (var spelling in option.Aliases.Prepend(option.Name))
        {
            Assert.True(Mentions(cli, spelling), $"docs/cli.md does not mention {spelling}");
        }
    }

    [Theory]
    [MemberData(nameof(BuildOptionNames))]
    public void Every_build_option_is_in_the_readme(string name) =>
        Assert.True(Mentions(Read("README.md"), name), $"README.md does not mention {name}");

    private static List<string> AllCodes() =>
        typeof(DiagnosticCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && !f.IsInitOnly && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToList();

    // The options of the real command, so a new option cannot be added without documenting it.
    private static List<Option> BuildOptions()
    {
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, GitHubActions: false);
        return new BuildCommand(environment).Create().Options
            .Where(o => o is not HelpOption and not VersionOption)
            .ToList();
    }

    // A whole-word match: "--strict" must not be satisfied by "--strictly", nor "RS0201" by "RS02011".
    private static bool Mentions(string text, string term) =>
        Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(term)}(?![\w-])");

    private static string Read(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot, relativePath);
        Assert.True(File.Exists(path), $"{relativePath} is missing");
        return File.ReadAllText(path);
    }
}
