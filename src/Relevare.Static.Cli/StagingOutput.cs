using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Relevare.Static.Output;

namespace Relevare.Static.Cli;

/// <summary>
/// A build's output while it is being written: a hidden staging folder beside the output folder
/// (<c>.NAME.staging-TOKEN</c>, marked as relevare's before anything else), filled file by file — by the build as
/// each page is rendered and checked (<see cref="IOutputSink"/>) — and then either swapped in with two renames
/// (<see cref="Commit"/>) or removed, marker last (<see cref="Abandon"/>, also what <see cref="Dispose"/> does when
/// nothing was committed). Until the commit the output folder is not touched. Hold the <see cref="OutputLock"/>
/// for the whole life of this object.
/// <para>
/// The files are written by <see cref="Writers"/> threads of this object's own, in the order they come: creating files and folders is
/// kernel work that may wait for the file system, and the threads that render pages should not wait with it. At
/// most <see cref="Queued"/> files wait for it; a build that renders faster than the disk takes the files waits.
/// </para>
/// </summary>
internal sealed class StagingOutput : IOutputSink, IDisposable
{
    /// <summary>
    /// How many files may wait to be written. Few: a page that waits long survives the young garbage collections
    /// and is promoted, which is what holding every page until the end cost.
    /// </summary>
    public const int Queued = 64;

    /// <summary>
    /// How many threads write the files. Two, not one: on a disk that is slow to create files (ext4 just after large
    /// deletions spends seconds of kernel time on the files of one build) one thread makes that kernel work serial.
    /// 4000 pages, 2 cores, while old outputs were deleted, 5 interleaved rounds: one writer 0.91 s median, two 0.62 s,
    /// Hugo 1.24 s; on a quiet disk both 0.43 s. Files have distinct paths, so their order does not matter.
    /// </summary>
    public const int Writers = 2;

    private readonly BlockingCollection<(string Target, OutputFile File, OutputBuffers? Buffers)> _queue = new(Queued);
    private readonly Thread[] _writers;
    private readonly string _output;
    private readonly string _old;
    private readonly string _stagingRoot;
    private readonly object _pendingLock = new();

    // The staging folder, open, on Linux x64 (null elsewhere, or when it could not be opened): files are written
    // through it with fewer system calls (LinuxOutputFolder); .NET's path writes whatever it declines.
    private LinuxOutputFolder? _fast;
    private ExceptionDispatchInfo? _failure;
    private int _pending;
    private volatile bool _abandoned;
    private bool _done;

    private StagingOutput(string output, string staging, string old)
    {
        _output = output;
        Staging = staging;
        _old = old;
        _stagingRoot = staging + Path.DirectorySeparatorChar;
        _writers = [.. Enumerable.Range(0, Writers).Select(_ => new Thread(WriteQueued) { IsBackground = true, Name = "relevare staging writer" })];
    }

    /// <summary>The staging folder (full path).</summary>
    public string Staging { get; }

    /// <summary>True when files are written through the Linux fast path (<see cref="LinuxOutputFolder"/>).</summary>
    public bool FastPath => _fast is not null;

    /// <summary>
    /// Why a write failed (a full disk, a name the file system refuses), or null: the first failure is kept, later
    /// files are not written, and <see cref="Commit"/> throws it.
    /// </summary>
    public Exception? Failure => _failure?.SourceException;

    /// <summary>
    /// Creates the staging folder of <paramref name="output"/> (and the output's parent folder when missing), with
    /// the marker in it. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot.
    /// </summary>
    public static StagingOutput Open(string output)
    {
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder has no parent");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var token = Guid.NewGuid().ToString("N")[..8];
        var opened = new StagingOutput(output, Path.Combine(parent, $".{name}.staging-{token}"), Path.Combine(parent, $".{name}.old-{token}"));
        try
        {
            SiteWriter.CreateStaging(opened.Staging);
            opened._fast = LinuxOutputFolder.TryOpen(opened.Staging);
            foreach (var writer in opened._writers)
            {
                writer.Start();
            }
        }
        catch
        {
            opened.Dispose();
            throw;
        }

        return opened;
    }

    /// <summary>
    /// The full path <paramref name="relative"/> is written to in <paramref name="staging"/>; throws
    /// <see cref="InvalidOperationException"/> when it would be outside (a bug: the build refuses such paths).
    /// </summary>
    public static string Target(string staging, string relative)
    {
        var target = Path.GetFullPath(Path.Combine(staging, relative));
        return target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? target
            : throw new InvalidOperationException($"refusing to write '{relative}' outside the output folder");
    }

    /// <summary>
    /// Queues one file to be written into the staging folder. Thread-safe. A path outside the folder throws right
    /// away; a failure to write is kept in <see cref="Failure"/> instead (the build goes on and reports its
    /// findings; nothing is published).
    /// </summary>
    public void Write(OutputFile file) => Write(file, null);

    /// <summary>
    /// Queues one content page's file, as <see cref="Write(OutputFile)"/>; its bytes go back to
    /// <paramref name="buffers"/> once written (or skipped after a failure or <see cref="Abandon"/>).
    /// </summary>
    public void Write(OutputFile file, OutputBuffers? buffers)
    {
        ArgumentNullException.ThrowIfNull(file);
        var target = Target(Staging, file.Path);
        lock (_pendingLock)
        {
            _pending++;
        }

        _queue.Add((target, file, buffers));
    }

    /// <summary>Waits until every file queued so far is written (or was not, for a <see cref="Failure"/>).</summary>
    public void Drain()
    {
        lock (_pendingLock)
        {
            while (_pending > 0 && _writers.Any(writer => writer.IsAlive))
            {
                Monitor.Wait(_pendingLock);
            }
        }
    }

    private void WriteQueued()
    {
        foreach (var (target, file, buffers) in _queue.GetConsumingEnumerable())
        {
            if (_failure is null && !_abandoned)
            {
                WriteNow(target, file);
            }

            buffers?.Return(file);

            lock (_pendingLock)
            {
                _pending--;
                Monitor.PulseAll(_pendingLock);
            }
        }
    }

    // target: the file's full path, checked by Write (Target).
    private void WriteNow(string target, OutputFile file)
    {
        try
        {
            if (_fast is not null && _fast.TryWrite(target.AsSpan(_stagingRoot.Length), file.Content.Span))
            {
                return;
            }

            // Pretty URLs give most pages a folder of their own: each is created by the first file that needs it
            // (creating an existing folder is a no-op, also in a race between two threads).
            var folder = Path.GetDirectoryName(target)!;
            if (folder.Length > Staging.Length)
            {
                Directory.CreateDirectory(folder);
            }

            using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, file.Content.Span, 0);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A full disk or a refused name (IOException, UnauthorizedAccessException) is reported by the caller;
            // anything else is a bug, rethrown by Commit rather than ending the process from this thread.
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
        }
    }

    /// <summary>
    /// Swaps the staging folder in: the previous output (if any) is renamed aside, the staging folder renamed to
    /// the output, then the previous output deleted, marker last. Throws the first write failure instead (and
    /// removes the staging folder), or what a rename threw (the previous output is then put back).
    /// </summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        try
        {
            Finish();
            _failure?.Throw();
            if (Directory.Exists(_output))
            {
                Directory.Move(_output, _old);
            }

            Directory.Move(Staging, _output);
        }
        catch
        {
            Abandon();
            if (!Directory.Exists(_output) && Directory.Exists(_old))
            {
                Directory.Move(_old, _output);
            }

            throw;
        }

        _done = true;

        // Marker last: if this process is killed meanwhile, the next build removes the rest (OutputLeftovers).
        if (Directory.Exists(_old))
        {
            OutputLeftovers.DeleteMarkerLast(_old);
        }
    }

    /// <summary>Removes the staging folder, marker last; the output folder is left as it was.</summary>
    public void Abandon()
    {
        _done = true;

        // What is still queued is not written: the folder goes anyway. But the writer must be done with it first.
        _abandoned = true;
        Finish();
        if (Directory.Exists(Staging))
        {
            OutputLeftovers.DeleteMarkerLast(Staging);
        }
    }

    // No more files: waits until the writer has written (or skipped) every queued one.
    private void Finish()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        // A writer never started (the staging folder could not be created) has nothing to join.
        foreach (var writer in _writers.Where(w => w.IsAlive))
        {
            writer.Join();
        }

        _fast?.Dispose();
    }

    /// <summary>Abandons the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_done)
        {
            Abandon();
        }

        _queue.Dispose();
    }
}
