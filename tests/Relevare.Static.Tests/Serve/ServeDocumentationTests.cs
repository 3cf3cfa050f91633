using System.CommandLine.Help;
using System.Text.RegularExpressions;
using Relevare.Static.Cli;
using Relevare.Static.Cli.New;
using Relevare.Static.Cli.Serve;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Serve;

/// <summary>Every option of <c>relevare serve</c> and <c>relevare new</c> is in the CLI reference, and the README shows the workflow.</summary>
public sealed class ServeDocumentationTests
{
    public static TheoryData<string, string> Options
    {
        get
        {
            var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, GitHubActions: false);
            var data = new TheoryData<string, string>();
            foreach (var command in new[] { new ServeCommand(environment).Create(), new NewCommand(environment).Create() })
            {
                foreach (var option in command.Options.Where(o => o is not HelpOption))
                {
                    foreach (var spelling in option.Aliases.Prepend(option.Name))
                    {
                        data.Add(command.Name, spelling);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void Every_option_is_in_the_cli_reference(string command, string option)
    {
        var cli = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "cli.md"));
        var section = cli[cli.IndexOf($"## relevare {command}", StringComparison.Ordinal)..];

        Assert.True(Regex.IsMatch(section, $@"(?<![\w-]){Regex.Escape(option)}(?![\w-])"), $"docs/cli.md's relevare {command} section does not mention {option}");
    }

    [Theory]
    [InlineData("relevare serve")]
    [InlineData("-- serve --drafts")]
    [InlineData("-- new article")]
    [InlineData("## The editing workflow")]
    public void The_readme_documents_the_editing_workflow(string text) =>
        Assert.Contains(text, File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "README.md")), StringComparison.Ordinal);
}
