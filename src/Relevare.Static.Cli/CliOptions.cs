using System.CommandLine;
using System.Globalization;

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

    /// <summary>
    /// <c>--today YYYY-MM-DD</c>: the date review deadlines are measured against. Without it, the machine's local
    /// date (through <see cref="TimeProvider"/>, so tests can fix it): the core itself has no clock.
    /// </summary>
    /// <param name="description">What the date is used for, in the command's help.</param>
    public static Option<DateOnly?> Today(string description = "The date to check review deadlines against, as YYYY-MM-DD [default: the local date].")
    {
        var option = new Option<DateOnly?>("--today")
        {
            Description = description,
            HelpName = "YYYY-MM-DD",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                result.AddError($"--today '{text}' is not a date written YYYY-MM-DD (e.g. 2026-11-25)");
                return null;
            },
        };
        return option;
    }

    /// <summary>The date given with <c>--today</c>, else today's local date from <paramref name="clock"/>.</summary>
    public static DateOnly TodayOr(DateOnly? given, TimeProvider clock) => given ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static OutputFormat ParseFormat(string? value) => value == "json" ? OutputFormat.Json : OutputFormat.Text;
}
