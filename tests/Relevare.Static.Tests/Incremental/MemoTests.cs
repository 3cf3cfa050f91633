using Relevare.Static.Incremental;

namespace Relevare.Static.Tests.Incremental;

public sealed class MemoTests
{
    private static readonly IReadOnlyDictionary<string, Memoised<string, string>> Nothing = new Dictionary<string, Memoised<string, string>>();

    [Fact]
    public void The_stage_function_runs_once_per_distinct_input_and_not_on_a_hit()
    {
        var calls = new List<string>();
        string Stage(string input)
        {
            calls.Add(input);
            return input.ToUpperInvariant();
        }

        var first = new Memo<string, string>(remember: true, Nothing, string.Equals);
        Assert.Equal("A", first.Get("a.md", "a", Stage));
        Assert.Equal("B", first.Get("b.md", "b", Stage));
        Assert.Equal(["a", "b"], calls);

        // The next build: one item unchanged (a hit), one changed, one new.
        var second = new Memo<string, string>(remember: true, first.Made, string.Equals);
        Assert.Equal("A", second.Get("a.md", "a", Stage));
        Assert.Equal("B2", second.Get("b.md", "b2", Stage));
        Assert.Equal("C", second.Get("c.md", "c", Stage));

        Assert.Equal(["a", "b", "b2", "c"], calls);
        Assert.Equal((2, 1), (second.Computed, second.Reused));
        Assert.Same(first.Made["a.md"], second.Made["a.md"]);
        Assert.Equal(["a.md", "b.md", "c.md"], second.Made.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_item_not_asked_for_is_dropped_and_a_key_with_another_input_is_not_a_hit()
    {
        var calls = 0;
        string Stage(string input)
        {
            calls++;
            return input;
        }

        var first = new Memo<string, string>(remember: true, Nothing, string.Equals);
        first.Get("a.md", "same", Stage);
        first.Get("b.md", "same", Stage);

        var second = new Memo<string, string>(remember: true, first.Made, string.Equals);
        second.Get("c.md", "same", Stage);

        Assert.Equal(3, calls);
        Assert.Equal(["c.md"], second.Made.Keys);
    }

    [Fact]
    public void The_kept_input_is_the_copy_so_a_change_in_place_is_not_a_hit()
    {
        var calls = 0;
        byte[] Stage(byte[] input)
        {
            calls++;
            return input;
        }

        var bytes = new byte[] { 1, 2, 3 };
        var first = new Memo<byte[], byte[]>(remember: true, new Dictionary<string, Memoised<byte[], byte[]>>(), (a, b) => a.AsSpan().SequenceEqual(b), b => b.ToArray());
        first.Get("a.md", bytes, Stage);
        bytes[0] = 9;

        var second = new Memo<byte[], byte[]>(remember: true, first.Made, (a, b) => a.AsSpan().SequenceEqual(b), b => b.ToArray());
        second.Get("a.md", bytes, Stage);

        Assert.Equal(2, calls);
    }

    [Fact]
    public void Without_a_cache_the_function_always_runs_and_nothing_is_kept()
    {
        var calls = 0;
        var memo = new Memo<string, string>(remember: false, Nothing, string.Equals);

        memo.Get("a.md", "a", input => (++calls).ToString(System.Globalization.CultureInfo.InvariantCulture));
        memo.Get("a.md", "a", input => (++calls).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, calls);
        Assert.Empty(memo.Made);
        Assert.Equal((0, 0), (memo.Computed, memo.Reused));
    }
}
