using System.Collections.Concurrent;
using Relevare.Static.Output;

namespace Relevare.Static.Tests.Fixtures;

/// <summary>An output sink that keeps what it is given (copied) and fails the test on a path given twice.</summary>
internal sealed class RecordingSink : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>The files given so far, by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(OutputFile file)
    {
        if (!_files.TryAdd(file.Path, file.Content.ToArray()))
        {
            throw new InvalidOperationException($"'{file.Path}' was written twice");
        }
    }
}
