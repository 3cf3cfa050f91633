using Relevare.Static.Checks;

namespace Relevare.Static.Tests.Checks;

/// <summary>A text node that is a range of the page's text reads as the same text as one holding a string.</summary>
public sealed class PageTextTests
{
    [Theory]
    [InlineData(0, 5, "<p>Hi")]
    [InlineData(3, 2, "Hi")]
    [InlineData(7, 0, "")]
    [InlineData(3, 4, "Hi</")]
    public void A_range_reads_as_its_slice_of_the_page(int start, int length, string expected)
    {
        const string Page = "<p>Hi</p>";

        var text = new PageText(Page, start, length);

        Assert.Equal(expected, text.Span.ToString());
        Assert.Equal(expected, text.Data);
        Assert.Same(text.Data, text.Data);
        Assert.Equal(expected, text.Span.ToString());
    }

    [Fact]
    public void A_string_reads_as_itself()
    {
        var text = new PageText("café &");

        Assert.Equal("café &", text.Data);
        Assert.Equal("café &", text.Span.ToString());
    }

    [Fact]
    public void A_range_outside_the_page_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageText("abc", 2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageText("abc", -1, 1));
    }

    [Fact]
    public void An_elements_text_content_joins_ranges_and_strings_in_order()
    {
        const string Page = "<p>one <b>two</b> three</p>";
        var paragraph = new PageElement("p", PageElement.HtmlNamespace, [], 1, 1, 0);
        var bold = new PageElement("b", PageElement.HtmlNamespace, [], 1, 8, 7);
        paragraph.Append(new PageText(Page, 3, 4));
        paragraph.Append(bold);
        bold.Append(new PageText("two"));
        paragraph.Append(new PageText(Page, 17, 6));

        Assert.Equal("one two three", paragraph.TextContent);
        Assert.Equal("two", bold.TextContent);
    }
}
