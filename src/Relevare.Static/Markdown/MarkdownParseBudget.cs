using System.Diagnostics;

namespace Relevare.Static.Markdown;

/// <summary>
/// When a Markdown parse must give up (<see cref="ParseDeadline"/> asks at every character an inline parser reacts
/// to). A build's budget is time; a test's is a number of those checks, so its verdict never depends on the clock
/// or on how loaded the machine is.
/// </summary>
internal abstract class MarkdownParseBudget
{
    private MarkdownParseBudget(TimeSpan shownAs) => ShownAs = shownAs;

    /// <summary>The time the diagnostic names ("took more than 5 s to parse").</summary>
    public TimeSpan ShownAs { get; }

    /// <summary>How long the watcher of a large page's parse thread waits before it abandons the parse (its grace included).</summary>
    public abstract TimeSpan WatchLimit(TimeSpan grace);

    /// <summary>How many deadline checks parses with a counted budget have made (a timed one does not count them).</summary>
    public long Checks => Interlocked.Read(ref _checks);

    private long _checks;

    /// <summary>
    /// How many deadline checks a timed budget lets pass between two readings of the clock. A check happens at every
    /// character an inline parser reacts to, so reading the clock at each one cost a few percent of a whole build;
    /// the checks between two readings are cheap (no page comes near its budget) and, on the quadratic inputs the
    /// budget is for, take well under a millisecond together.
    /// </summary>
    public const int ChecksPerClockReading = 64;

    /// <summary>A budget of <paramref name="time"/> per parse, measured from its start.</summary>
    public static MarkdownParseBudget Time(TimeSpan time) => new Timed(time, Stopwatch.GetTimestamp, Stopwatch.Frequency);

    /// <summary>
    /// A budget of <paramref name="time"/> per parse on <paramref name="clock"/> (ticks of <paramref name="frequency"/>
    /// per second): tests count its readings with a clock of their own.
    /// </summary>
    internal static MarkdownParseBudget Time(TimeSpan time, Func<long> clock, long frequency) => new Timed(time, clock, frequency);

    /// <summary>
    /// A budget of <paramref name="checks"/> deadline checks per parse: no clock involved (tests). The watcher never
    /// abandons such a parse, so a test sees the parse stop itself. <paramref name="shownAs"/> is the time messages name.
    /// </summary>
    public static MarkdownParseBudget Counted(long checks, TimeSpan shownAs) => new Counting(checks, shownAs);

    /// <summary>Starts one parse: the function answers, at each check, whether its budget is spent.</summary>
    public abstract Func<bool> Start();

    private protected void Count() => Interlocked.Increment(ref _checks);

    private sealed class Timed(TimeSpan time, Func<long> clock, long frequency) : MarkdownParseBudget(time)
    {
        public override TimeSpan WatchLimit(TimeSpan grace) => ShownAs + grace;

        // One parse runs on one thread, so the closure's state needs no synchronisation. The clock is read when the
        // parse starts and then at every ChecksPerClockReading-th check; once spent, the budget stays spent.
        public override Func<bool> Start()
        {
            var deadline = clock() + (long)(ShownAs.TotalSeconds * frequency);
            var untilReading = ChecksPerClockReading;
            var spent = false;
            return () =>
            {
                if (spent || --untilReading > 0)
                {
                    return spent;
                }

                untilReading = ChecksPerClockReading;
                spent = clock() > deadline;
                return spent;
            };
        }
    }

    private sealed class Counting(long checks, TimeSpan shownAs) : MarkdownParseBudget(shownAs)
    {
        public override TimeSpan WatchLimit(TimeSpan grace) => Timeout.InfiniteTimeSpan;

        public override Func<bool> Start()
        {
            var made = 0L;
            return () =>
            {
                Count();
                return Interlocked.Increment(ref made) > checks;
            };
        }
    }
}
