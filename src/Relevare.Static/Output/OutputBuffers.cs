using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Relevare.Static.Output;

/// <summary>
/// The arrays that hold content pages' bytes on their way to an <see cref="IOutputSink"/>, used again once the sink
/// has written them (<see cref="Return"/>). A page's bytes live from its render until a writer thread has written
/// them, and while they wait in the sink's queue the young garbage collections find them alive and copy them into
/// gen 1 (a full queue of 64 files holds about 0.5 MiB of them at 4000 bench pages); arrays that are used again
/// settle once in gen 2 and are neither allocated nor copied again. One object per build, thread-safe.
/// </summary>
public sealed class OutputBuffers
{
    // Larger pages get an array of their own (above 85,000 bytes it is on the large object heap, never copied).
    private const int LargestPooled = 1 << 20;

    // More than can be on their way at once: the sink's queue, its writer threads and the render threads.
    private const int PerSize = 256;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ArrayPool<byte> _pool = ArrayPool<byte>.Create(LargestPooled, PerSize);

    /// <summary><paramref name="text"/> as UTF-8 (the same bytes as <see cref="Encoding.GetBytes(string)"/>), in an array of this pool when it fits.</summary>
    internal ReadOnlyMemory<byte> Encode(string text)
    {
        var count = Utf8.GetByteCount(text);
        if (count > LargestPooled)
        {
            return Utf8.GetBytes(text);
        }

        var array = _pool.Rent(count);
        var written = Utf8.GetBytes(text, array);
        return array.AsMemory(0, written);
    }

    /// <summary>
    /// Takes back the bytes of <paramref name="file"/>, which the build lent with it (<see cref="IOutputSink.Write(OutputFile, OutputBuffers)"/>)
    /// and which nothing reads any more: they will hold another page's bytes. Call it at most once per file.
    /// </summary>
    public void Return(OutputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Content.Length <= LargestPooled && MemoryMarshal.TryGetArray(file.Content, out var segment) && segment.Array is { Length: >= 16 } array
            && segment.Offset == 0 && System.Numerics.BitOperations.IsPow2(array.Length))
        {
            _pool.Return(array);
        }
    }
}
