using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Relevare.Static.Cli;

/// <summary>
/// The staging folder, open, for writing files into it with the fewest system calls Linux allows (see
/// <see cref="LinuxFiles"/>): per new folder one <c>mkdirat</c>, per file <c>openat</c>, <c>write</c> and <c>close</c>,
/// every name relative to this folder's descriptor. .NET's path makes per page file <c>mkdir</c>, <c>openat</c>, two
/// <c>flock</c>, <c>lseek</c>, <c>pwrite</c> and <c>close</c>, on full paths. Thread-safe.
/// <para>
/// Nothing is written outside the folder, even if a symbolic link is planted in it while it is written: a file is
/// created with <c>O_CREAT|O_EXCL|O_NOFOLLOW</c> (an existing name, a link included, is refused, never followed), and
/// every folder on a file's path was created here by <c>mkdirat</c> or, when it already existed (two threads, or a
/// folder shared by several files), opened with <c>O_DIRECTORY|O_NOFOLLOW</c> to make sure that it is a folder and
/// not a link, before anything is created in it; a link is refused with an <see cref="IOException"/>.
/// </para>
/// <para>
/// Any other failure returns false from <see cref="TryWrite"/> and leaves nothing behind for that file: the caller
/// writes it with .NET, which then fails (or succeeds) as it always did, with .NET's own exception and message.
/// </para>
/// </summary>
internal sealed class LinuxOutputFolder : IDisposable
{
    private readonly int _fd;
    private readonly string _path;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _known;
    private readonly WriteCall _write;
    private int _closed;

    /// <summary>The system call that writes bytes to a descriptor: libc's <c>write</c>, or a test's failure.</summary>
    internal delegate nint WriteCall(int fd, ReadOnlySpan<byte> bytes);

    private LinuxOutputFolder(int fd, string path, WriteCall? write)
    {
        _fd = fd;
        _path = path;
        _known = _folders.GetAlternateLookup<ReadOnlySpan<char>>();
        _write = write ?? WriteBytes;
    }

    /// <summary>
    /// Opens <paramref name="folder"/> (a full path) for <see cref="TryWrite"/>, or returns null when the fast path is
    /// not available (not Linux x64, libc not found) or the folder cannot be opened: the caller then writes with .NET.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="write">For tests: what writes the bytes (libc's <c>write</c> when null).</param>
    public static LinuxOutputFolder? TryOpen(string folder, WriteCall? write = null)
    {
        Span<byte> name = stackalloc byte[LinuxFiles.MaxPath];
        if (!LinuxFiles.Available || !LinuxFiles.TryEncode(folder, name, out _))
        {
            return null;
        }

        try
        {
            var fd = LinuxFiles.Open(ref MemoryMarshal.GetReference(name), LinuxFiles.O_RDONLY | LinuxFiles.O_DIRECTORY | LinuxFiles.O_CLOEXEC, 0);
            return fd >= 0 ? new LinuxOutputFolder(fd, folder, write) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            LinuxFiles.Disable();
            return null;
        }
    }

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="relative"/> ('/' between segments, no '.' or '..'
    /// segments: a path the caller has checked to be inside the folder), creating its folders. True when written;
    /// false, with no file left behind, when the caller should write it with .NET instead. Throws
    /// <see cref="IOException"/> when a folder on the path is a symbolic link.
    /// </summary>
    public bool TryWrite(ReadOnlySpan<char> relative, ReadOnlySpan<byte> content)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _closed) != 0, this);
        var slash = relative.LastIndexOf('/');
        if (slash > 0 && !TryFolder(relative[..slash]))
        {
            return false;
        }

        Span<byte> name = stackalloc byte[LinuxFiles.MaxPath];
        if (!LinuxFiles.TryEncode(relative, name, out _))
        {
            return false;
        }

        ref var path = ref MemoryMarshal.GetReference(name);
        var fd = LinuxFiles.OpenAt(_fd, ref path, LinuxFiles.O_WRONLY | LinuxFiles.O_CREAT | LinuxFiles.O_EXCL | LinuxFiles.O_CLOEXEC | LinuxFiles.O_NOFOLLOW, LinuxFiles.FileMode);
        if (fd < 0)
        {
            return false; // EEXIST (a file written twice, a planted link) and the rest: .NET reports them
        }

        var written = true;
        try
        {
            while (!content.IsEmpty)
            {
                var count = _write(fd, content);
                if (count < 0)
                {
                    if (Marshal.GetLastPInvokeError() == LinuxFiles.EINTR)
                    {
                        continue;
                    }

                    written = false;
                    break;
                }

                content = content[(int)count..];
            }
        }
        finally
        {
            _ = LinuxFiles.Close(fd);
        }

        if (!written)
        {
            // A full disk, a quota: the part written goes, and .NET writes the file again (and fails as before).
            _ = LinuxFiles.UnlinkAt(_fd, ref path, 0);
        }

        return written;
    }

    // Makes sure that `folder` (relative) is a folder created or checked here, parents first; false when the caller
    // should take .NET's path for this file.
    private bool TryFolder(ReadOnlySpan<char> folder)
    {
        if (_known.ContainsKey(folder))
        {
            return true;
        }

        var slash = folder.LastIndexOf('/');
        if (slash > 0 && !TryFolder(folder[..slash]))
        {
            return false;
        }

        Span<byte> name = stackalloc byte[LinuxFiles.MaxPath];
        if (!LinuxFiles.TryEncode(folder, name, out _))
        {
            return false;
        }

        ref var path = ref MemoryMarshal.GetReference(name);
        if (LinuxFiles.MkDirAt(_fd, ref path, LinuxFiles.FolderMode) != 0)
        {
            if (Marshal.GetLastPInvokeError() != LinuxFiles.EEXIST)
            {
                return false;
            }

            // Already there: another thread made it, or something else is in its place.
            var fd = LinuxFiles.OpenAt(_fd, ref path, LinuxFiles.O_PATH | LinuxFiles.O_DIRECTORY | LinuxFiles.O_NOFOLLOW | LinuxFiles.O_CLOEXEC, 0);
            if (fd < 0)
            {
                var full = Path.Combine(_path, folder.ToString());
                if (IsLink(full))
                {
                    throw new IOException($"'{full}' is a symbolic link, made in the staging folder while the site was written; relevare never writes through a link there. Remove whatever made it and build again");
                }

                return false; // a file where the folder should be: .NET reports it
            }

            _ = LinuxFiles.Close(fd);
        }

        _known.TryAdd(folder, true);
        return true;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: false) is not null;
        }
        catch (IOException)
        {
            return false; // gone meanwhile, or unreadable: .NET's path reports what it finds
        }
    }

    private static nint WriteBytes(int fd, ReadOnlySpan<byte> bytes) =>
        LinuxFiles.Write(fd, ref MemoryMarshal.GetReference(bytes), bytes.Length);

    /// <summary>Closes the folder's descriptor (the folder stays). Writing after this throws.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _ = LinuxFiles.Close(_fd);
        }
    }
}
