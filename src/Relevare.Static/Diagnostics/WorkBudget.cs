using System.Diagnostics;

namespace Relevare.Static.Diagnostics;

/// <summary>
/// How much work one page may cost in a stage (rendering its templates, checking its HTML) before the stage gives up
/// on it and reports it. A build's budget is time; a test's is a number of work units (loop steps, writes, elements),
/// so its verdict never depends on the clock or on how loaded the machine is — as the Markdown parse budget.
/// </summary>
internal abstract class WorkBudget
{
    private WorkBudget(TimeSpan shownAs) => ShownAs = shownAs;

    /// <summary>The time the diagnostic names ("took more than 10 s").</summary>
    public TimeSpan ShownAs { get; }

    /// <summary>A budget of <paramref name="time"/> per page, measured from the start of its work.</summary>
    public static WorkBudget Time(TimeSpan time) => new Timed(time);

    /// <summary>A budget of <paramref name="units"/> units of work per page: no clock involved (tests).</summary>
    public static WorkBudget Counted(long units, TimeSpan shownAs) => new Counting(units, shownAs);

    /// <summary>Starts one page's work: the function is called once per unit of work and answers whether the budget is spent.</summary>
    public abstract Func<bool> Start();

    private sealed class Timed(TimeSpan time) : WorkBudget(time)
    {
        // The clock is read once every this many units: a unit is one element of a page's checks or one step of its
        // templates (well under a microsecond each), and reading the clock on every one was 3% of the checks' CPU.
        // A budget of seconds is overrun by at most that many units.
        private const int UnitsPerClockRead = 16;

        public override Func<bool> Start()
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(ShownAs.TotalSeconds * Stopwatch.Frequency);
            var units = 0;
            var spent = false;
            return () =>
            {
                if (!spent && ++units % UnitsPerClockRead == 0)
                {
                    spent = Stopwatch.GetTimestamp() > deadline;
                }

                return spent;
            };
        }
    }

    private sealed class Counting(long units, TimeSpan shownAs) : WorkBudget(shownAs)
    {
        public override Func<bool> Start()
        {
            var made = 0L;
            return () => ++made > units;
        }
    }
}
