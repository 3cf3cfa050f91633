using System.Collections.Concurrent;
using Relevare.Static.Output;

namespace Relevare.Static.Tests.Fixtures;

/// <summary>
/// An output sink that keeps what it is given (copied) and fails the test on a path given twice. With
/// <paramref name="giveBack"/> it gives lent bytes back right after copying them, so that the build uses each array
/// again at once: bytes read after they were given back would show as wrong output.
/// </summary>
internal sealed class RecordingSink(bool giveBack = false) : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>The files given so far, by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>How many files came with lent bytes.</summary>
    public int Lent { get; private set; }

    public void Write(OutputFile file, OutputBuffers buffers)
    {
        Write(file);
        if (giveBack)
        {
            lock (_files)
            {
                Lent++;
            }

            buffers.Return(file);
        }
    }

    public void Write(OutputFile file)
    {
        if (!_files.TryAdd(file.Path, file.Content.ToArray()))
        {
            throw new InvalidOperationException($"'{file.Path}' was written twice");
        }
    }
}
