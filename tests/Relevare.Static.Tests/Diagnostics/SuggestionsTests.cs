using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Diagnostics;

public sealed class SuggestionsTests
{
    private static readonly string[] Fields = ["date", "description", "reviewed", "reviewer", "tags", "title"];

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("descripton", "description")]
    [InlineData("tag", "tags")]
    [InlineData("reviwer", "reviewer")]
    public void Closest_finds_typos(string name, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(name, Fields));

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("audience")]
    public void Closest_is_null_when_nothing_is_close(string name) =>
        Assert.Null(Suggestions.Closest(name, Fields));

    [Fact]
    public void Closest_breaks_ties_ordinally()
    {
        Assert.Equal("ab", Suggestions.Closest("a", ["ac", "ab"]));
    }

    [Fact]
    public void DidYouMean_names_the_closest_or_lists_all_candidates()
    {
        Assert.Equal("did you mean 'title'?", Suggestions.DidYouMean("titel", Fields));
        Assert.Equal("allowed here: date, description, reviewed, reviewer, tags, title", Suggestions.DidYouMean("colour", Fields));
    }
}
