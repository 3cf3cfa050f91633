using System.CommandLine;

namespace Relevare.Static.Cli;

/// <summary>Options shared by several commands, so they read and behave the same everywhere.</summary>
internal static class CliOptions
{
    /// <summary><c>--format text|json</c>.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "How to report: 'text' (file:line:col lines) or 'json' (for tools).",
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    public static OutputFormat ParseFormat(string? value) => value == "json" ? OutputFormat.Json : OutputFormat.Text;
}
