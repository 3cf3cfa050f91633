using System.Diagnostics;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// Makes a folder impossible to change for the duration of a test: <c>chmod a-w</c>, or — when that has no effect
/// because the tests run as root, as in CI — the immutable attribute (<c>chattr +i</c>), which binds root too.
/// Fails (never skips) when neither works, so the test cannot pass without having tested anything.
/// </summary>
internal sealed class ReadOnlyFolder : IDisposable
{
    private const UnixFileMode Writable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly string _path;
    private readonly bool _immutable;

    private ReadOnlyFolder(string path, bool immutable)
    {
        _path = path;
        _immutable = immutable;
    }

    /// <summary>How the folder was made read-only, for assertion messages.</summary>
    public string Method => _immutable ? "chattr +i" : "chmod a-w";

    public static ReadOnlyFolder Make(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("read-only folders are made with Unix permissions");
        }

        File.SetUnixFileMode(path, ReadOnly);
        if (!CanCreateIn(path))
        {
            return new ReadOnlyFolder(path, immutable: false);
        }

        File.SetUnixFileMode(path, Writable);
        if (Run("chattr", "+i", path) && !CanCreateIn(path))
        {
            return new ReadOnlyFolder(path, immutable: true);
        }

        Run("chattr", "-i", path);
        throw new InvalidOperationException(
            $"cannot make {path} read-only on this machine (chmod has no effect for this user and chattr +i failed): the test cannot check what it is meant to");
    }

    public void Dispose()
    {
        if (_immutable)
        {
            Run("chattr", "-i", _path);
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, Writable);
        }
    }

    private static bool CanCreateIn(string path)
    {
        var probe = Path.Combine(path, ".write-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit(10_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no chattr on this machine
        }
    }
}
