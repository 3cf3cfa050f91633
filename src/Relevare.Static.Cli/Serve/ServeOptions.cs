using System.Net;

namespace Relevare.Static.Cli.Serve;

/// <summary>What <c>relevare serve</c> was asked for.</summary>
/// <param name="Source">The site's folder (absolute).</param>
/// <param name="Address">The address to listen on.</param>
/// <param name="Host">The <c>--host</c> value as given (allowed in Host headers when it is a name).</param>
/// <param name="Port">The port; 0 picks a free one.</param>
/// <param name="IncludeDrafts">Also build pages marked <c>draft: true</c>.</param>
/// <param name="Output">A folder to keep updated on disk with the built site, or null (serve from memory only).</param>
internal sealed record ServeOptions(string Source, IPAddress Address, string Host, int Port, bool IncludeDrafts, string? Output)
{
    /// <summary>The date review deadlines are checked against (<c>--today</c>), or null for the clock's date at each build.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>The clock giving today's date when <see cref="Today"/> is null: a server left running past midnight moves on.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How long the files must stay quiet after a change before a rebuild starts (an editor's save is several events).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>How long a build may take before the server stops waiting for it and reports it (the watchdog).</summary>
    public TimeSpan BuildTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
