namespace Relevare.Static.Cli;

/// <summary>
/// An exclusive lock file beside the output folder, held for the whole build, so two builds (an editor's and
/// a watcher's, say) never interleave their staging and swapping. The operating system releases it if the
/// process dies.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>
    /// Takes the lock for <paramref name="output"/>, or returns null when another build holds it. Throws
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the lock file cannot be
    /// created at all (a read-only folder, say): that is not "another build", and must not be reported as one.
    /// </summary>
    public static OutputLock? TryAcquire(string output)
    {
        var parent = Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        var path = Path.Combine(parent, $".{Path.GetFileName(output)}.lock");
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException) && File.Exists(path))
        {
            // The file exists and cannot be opened exclusively: another process holds it.
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
