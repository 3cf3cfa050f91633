namespace Relevare.Static.Tests;

/// <summary>
/// A clock whose timers fire only when a test says so, so no verdict depends on wall-clock time or machine load.
/// <see cref="Fire"/> runs every live timer's callback on the calling thread; a timer whose due time is
/// <see cref="FireAtOnce"/> fires as it is created (e.g. a watchdog that must have expired). Dates are the system's.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];

    /// <summary>Timers created with this due time fire at once, on the creating thread.</summary>
    public TimeSpan? FireAtOnce { get; init; }

    /// <summary>How many timers have been created.</summary>
    public int Created { get; private set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(callback, state);
        lock (_timers)
        {
            Created++;
            _timers.Add(timer);
        }

        if (dueTime == FireAtOnce)
        {
            timer.Fire();
        }

        return timer;
    }

    /// <summary>Fires every timer that has not been disposed, as if its time had come.</summary>
    public void Fire()
    {
        ManualTimer[] live;
        lock (_timers)
        {
            live = [.. _timers];
        }

        foreach (var timer in live)
        {
            timer.Fire();
        }
    }

    private sealed class ManualTimer(TimerCallback callback, object? state) : ITimer
    {
        private volatile bool _disposed;

        public void Fire()
        {
            if (!_disposed)
            {
                callback(state);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => !_disposed;

        public void Dispose() => _disposed = true;

        public ValueTask DisposeAsync()
        {
            _disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
