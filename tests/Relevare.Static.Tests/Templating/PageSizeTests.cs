using Relevare.Static.Templating;

namespace Relevare.Static.Tests.Templating;

/// <summary>
/// <see cref="PageSize.ElementsAbove"/> skips counting HTML too short to exceed its limit: it must give the same
/// verdict and count as counting every time, at every limit around the HTML's size.
/// </summary>
public sealed class PageSizeTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<a")]
    [InlineData("<a<a")]
    [InlineData("<a<a<a")]
    [InlineData("<a<b<c<d<e<f<g<h")]
    [InlineData("<<a<<b")]
    [InlineData("a<b>c</b><i>")]
    [InlineData("<p><a href=x>y</a></p><img src=z>")]
    [InlineData("<1<2<a")]
    public void ElementsAbove_agrees_with_counting_every_element(string html)
    {
        var count = PageSize.CountElements(html);
        for (var limit = 0; limit <= html.Length + 1; limit++)
        {
            Assert.Equal(count > limit ? count : null, PageSize.ElementsAbove(html, limit));
        }
    }

    [Fact]
    public void ElementsAbove_counts_a_page_of_only_start_tags_at_the_bound()
    {
        var html = string.Concat(Enumerable.Repeat("<b", 1000));
        Assert.Equal(1000, PageSize.CountElements(html));
        Assert.Equal(1000, PageSize.ElementsAbove(html, 999));
        Assert.Null(PageSize.ElementsAbove(html, 1000));
    }
}
