using System.Runtime.InteropServices;
using System.Text;

namespace Relevare.Static.Cli;

/// <summary>
/// The few libc calls of the Linux fast path for reading sources and writing the output (<see cref="LinuxOutputFolder"/>,
/// <see cref="TryReadAll"/>). What they save against .NET's file handles: no <c>flock</c> (a lock and an unlock per
/// file; .NET takes one on every file it opens, to emulate FileShare), no <c>fstat</c> and <c>lseek</c> when writing,
/// one <c>fstat</c> instead of two when reading; and names relative to an open folder instead of full paths looked up
/// from <c>/</c>. Only on Linux x64, whose flag values and <c>struct stat</c> layout are the ones below (other systems
/// and architectures take .NET's path); <c>open</c> and <c>openat</c> are variadic in C, which x64's calling convention
/// passes like the fixed arguments here. Every call that fails makes the caller take .NET's path, which then reports
/// the failure with .NET's own exception and message.
/// </summary>
internal static partial class LinuxFiles
{
    public const int ENOENT = 2;
    public const int EINTR = 4;
    public const int EEXIST = 17;

    public const int O_RDONLY = 0;
    public const int O_WRONLY = 0x1;
    public const int O_CREAT = 0x40;
    public const int O_EXCL = 0x80;
    public const int O_DIRECTORY = 0x10000;
    public const int O_NOFOLLOW = 0x20000;
    public const int O_CLOEXEC = 0x80000;
    public const int O_PATH = 0x200000;

    /// <summary>The modes .NET creates folders and files with (Directory.CreateDirectory, File.OpenHandle); the umask applies.</summary>
    public const int FolderMode = 0x1FF; // 0777

    /// <inheritdoc cref="FolderMode"/>
    public const int FileMode = 0x1B6; // 0666

    private const int S_IFMT = 0xF000;
    private const int S_IFREG = 0x8000;

    // x64's struct stat: 144 bytes, st_mode (32 bits) at 24, st_size (64 bits) at 48.
    private const int StatSize = 144;
    private const int StatMode = 24;
    private const int StatFileSize = 48;

    // Long names take the slow path: Linux's PATH_MAX, with room for the terminating zero.
    public const int MaxPath = 4096;

    private const string Libc = "libc";

    private static volatile bool s_broken;

    /// <summary>
    /// True where the fast path may be used: Linux x64, and libc's calls were found (a missing library or entry
    /// point turns the fast path off for the rest of the process).
    /// </summary>
    public static bool Available => !s_broken && OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    /// <summary>Turns the fast path off for the rest of the process (libc or one of its calls was not found).</summary>
    public static void Disable() => s_broken = true;

    /// <summary>
    /// <paramref name="name"/> in UTF-8 with a terminating zero, into <paramref name="buffer"/>; false when it does not
    /// fit or holds a zero (the slow path then reports what .NET reports for such a name).
    /// </summary>
    public static bool TryEncode(ReadOnlySpan<char> name, Span<byte> buffer, out int length)
    {
        length = 0;
        if (name.Contains('\0') || Encoding.UTF8.GetMaxByteCount(name.Length) >= buffer.Length && Encoding.UTF8.GetByteCount(name) >= buffer.Length)
        {
            return false;
        }

        length = Encoding.UTF8.GetBytes(name, buffer);
        buffer[length] = 0;
        return true;
    }

    /// <summary>
    /// Reads a whole regular file into a new array (pinned, as the caller's slow path allocates it), with one
    /// <c>open</c>, <c>fstat</c>, <c>pread</c> (more for a file that the system hands out in parts) and <c>close</c>.
    /// False, with nothing kept open, for anything else: a name that does not encode, an error, an empty or unknown
    /// length (/proc), not a regular file, longer than an array. The caller then reads with .NET.
    /// A file that shrinks while it is read gives the bytes read; one that grows, its length when opened.
    /// </summary>
    public static bool TryReadAll(string path, out byte[] bytes)
    {
        bytes = [];
        Span<byte> name = stackalloc byte[MaxPath];
        if (!Available || !TryEncode(path, name, out _))
        {
            return false;
        }

        int fd;
        try
        {
            fd = Open(ref MemoryMarshal.GetReference(name), O_RDONLY | O_CLOEXEC, 0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Disable();
            return false;
        }

        if (fd < 0)
        {
            return false;
        }

        try
        {
            Span<byte> stat = stackalloc byte[StatSize];
            if (FStat(fd, ref MemoryMarshal.GetReference(stat)) != 0)
            {
                return false;
            }

            var mode = BitConverter.ToInt32(stat[StatMode..]);
            var length = BitConverter.ToInt64(stat[StatFileSize..]);
            if ((mode & S_IFMT) != S_IFREG || length <= 0 || length > Array.MaxLength)
            {
                return false;
            }

            var read = GC.AllocateUninitializedArray<byte>((int)length, pinned: true);
            var done = 0;
            while (done < read.Length)
            {
                var count = PRead(fd, ref read[done], read.Length - done, done);
                if (count < 0)
                {
                    if (Marshal.GetLastPInvokeError() == EINTR)
                    {
                        continue;
                    }

                    return false;
                }

                if (count == 0)
                {
                    bytes = read[..done];
                    return true;
                }

                done += (int)count;
            }

            bytes = read;
            return true;
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport(Libc, EntryPoint = "open", SetLastError = true)]
    public static partial int Open(ref byte path, int flags, int mode);

    [LibraryImport(Libc, EntryPoint = "openat", SetLastError = true)]
    public static partial int OpenAt(int folder, ref byte path, int flags, int mode);

    [LibraryImport(Libc, EntryPoint = "mkdirat", SetLastError = true)]
    public static partial int MkDirAt(int folder, ref byte path, int mode);

    [LibraryImport(Libc, EntryPoint = "unlinkat", SetLastError = true)]
    public static partial int UnlinkAt(int folder, ref byte path, int flags);

    [LibraryImport(Libc, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, ref byte buffer, nint count);

    [LibraryImport(Libc, EntryPoint = "pread", SetLastError = true)]
    public static partial nint PRead(int fd, ref byte buffer, nint count, long offset);

    [LibraryImport(Libc, EntryPoint = "fstat", SetLastError = true)]
    public static partial int FStat(int fd, ref byte stat);

    [LibraryImport(Libc, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);
}
