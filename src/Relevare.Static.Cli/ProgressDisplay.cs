using System.Globalization;

namespace Relevare.Static.Cli;

/// <summary>
/// Shows a running build's progress on one line of an interactive terminal, redrawn in place, once the build has
/// taken longer than <see cref="DefaultDelay"/>; the line is erased when the build ends, so only the summary stays.
/// Never used when standard error is not a terminal or in CI (<see cref="CliEnvironment.ShowProgress"/>).
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    /// <summary>Builds shorter than this show no progress at all.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(200);

    private readonly BuildProgress _progress;
    private readonly TextWriter _terminal;
    private readonly ITimer _timer;
    private readonly object _gate = new();
    private int _width;
    private bool _stopped;

    private ProgressDisplay(BuildProgress progress, TextWriter terminal, TimeSpan delay, TimeProvider clock)
    {
        _progress = progress;
        _terminal = terminal;
        _timer = clock.CreateTimer(_ => Draw(), null, delay, Period);
    }

    /// <summary>
    /// Starts showing <paramref name="progress"/> on <paramref name="terminal"/> after <paramref name="delay"/>, timed by
    /// <paramref name="clock"/> (the system's; tests pass one they advance by hand).
    /// </summary>
    public static ProgressDisplay Start(BuildProgress progress, TextWriter terminal, TimeSpan? delay = null, TimeProvider? clock = null) =>
        new(progress, terminal, delay ?? DefaultDelay, clock ?? TimeProvider.System);

    /// <summary>The line shown for a stage: "rendering 1,204/4,000 pages (30%)", or just the stage.</summary>
    public static string Describe(string stage, int done, int total) =>
        total <= 0
            ? $"{stage} ..."
            : string.Create(CultureInfo.InvariantCulture, $"{stage} {Math.Min(done, total):N0}/{total:N0} pages ({Math.Min(done, total) * 100 / total}%)");

    /// <summary>Stops redrawing and erases the line, leaving the cursor where the line began.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _stopped = true;
            if (_width > 0)
            {
                _terminal.Write("\r" + new string(' ', _width) + "\r");
                _terminal.Flush();
            }
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            var (stage, done, total) = _progress.Current;
            var line = Describe(stage, done, total);
            _terminal.Write("\r" + line.PadRight(_width));
            _terminal.Flush();
            _width = Math.Max(_width, line.Length);
        }
    }
}
