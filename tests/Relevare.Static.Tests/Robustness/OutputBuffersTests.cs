using System.Runtime.InteropServices;
using System.Text;
using Relevare.Static.Cli;
using Relevare.Static.Output;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// The arrays that lend content pages' bytes to the output sink: the same bytes as plain UTF-8 encoding, an array
/// given back holds the next page, and the staging writer gives each array back only once the file is written.
/// </summary>
public sealed class OutputBuffersTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Theory]
    [InlineData("")]
    [InlineData("<p>plain</p>")]
    [InlineData("<p>café – 注射 🧠</p>")]
    [InlineData("<p>a lone surrogate \ud800 is replaced</p>")]
    public void Encode_gives_the_bytes_of_utf8_without_a_byte_order_mark(string text)
    {
        var buffers = new OutputBuffers();

        Assert.Equal(Utf8.GetBytes(text), buffers.Encode(text).ToArray());
    }

    [Fact]
    public void A_large_page_gets_an_array_of_its_own_with_the_same_bytes()
    {
        var text = new string('x', (1 << 20) + 1) + "é";
        var buffers = new OutputBuffers();

        var bytes = buffers.Encode(text);

        Assert.Equal(Utf8.GetBytes(text), bytes.ToArray());
        buffers.Return(new OutputFile("big.html", bytes)); // not pooled: ignored
    }

    [Fact]
    public void An_array_given_back_holds_the_next_page_of_its_size()
    {
        var buffers = new OutputBuffers();
        var first = buffers.Encode("<p>first page</p>");

        buffers.Return(new OutputFile("a.html", first));
        var second = buffers.Encode("<p>second one</p>");

        Assert.Same(ArrayOf(first), ArrayOf(second));
        Assert.Equal("<p>second one</p>", Utf8.GetString(second.Span));
    }

    [Fact]
    public void Bytes_the_pool_did_not_lend_are_not_taken()
    {
        var buffers = new OutputBuffers();
        var own = new byte[100];

        buffers.Return(new OutputFile("a.html", own));
        buffers.Return(new OutputFile("b.html", new byte[64].AsMemory(8, 16)));

        Assert.NotSame(own, ArrayOf(buffers.Encode(new string('y', 100))));
    }

    [Fact]
    public void The_staging_writer_gives_the_bytes_back_after_writing_them()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        var buffers = new OutputBuffers();
        var bytes = buffers.Encode("<p>lent</p>");
        using (var staging = StagingOutput.Open(site.Output))
        {
            staging.Write(new OutputFile("lent/index.html", bytes), buffers);
            staging.Drain();

            Assert.Equal("<p>lent</p>", File.ReadAllText(Path.Combine(staging.Staging, "lent", "index.html")));
        }

        // Given back: the next page of the same size is encoded into the same array.
        Assert.Same(ArrayOf(bytes), ArrayOf(buffers.Encode("<p>next</p>")));
    }

    private static byte[] ArrayOf(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) ? segment.Array! : throw new InvalidOperationException("not an array");
}
