using Relevare.Static.Assets;

namespace Relevare.Static.Tests.Publishing;

public sealed class CssMinifierTests
{
    [Theory]
    [InlineData("a {\n  color: red;\n}\n", "a{color: red}")]
    [InlineData("/* comment */\nh1 , h2 > p {\n  margin : 0 ;\n}", "h1,h2>p{margin : 0}")]
    [InlineData(".site-header :focus-visible { outline: 0 }", ".site-header :focus-visible{outline: 0}")]
    [InlineData("a{width:calc(1rem + 2px)}", "a{width:calc(1rem + 2px)}")]
    [InlineData("@media (min-width: 48rem) and (prefers-reduced-motion: reduce) { a { b: c } }", "@media (min-width: 48rem) and (prefers-reduced-motion: reduce){a{b: c}}")]
    [InlineData("a::after { content: \"  /* not a comment */  \"; }", "a::after{content: \"  /* not a comment */  \"}")]
    [InlineData("a { background: url( data:image/png;base64,AAAA ); }", "a{background: url( data:image/png;base64,AAAA )}")]
    [InlineData("/*! licence */ a{}", "/*! licence */ a{}")]
    [InlineData(".a\\,b { x: y }", ".a\\,b{x: y}")]
    [InlineData("a/**/b{}", "a b{}")]
    [InlineData("a { x: y } /* unterminated", "a{x: y}")]
    public void Minify_removes_only_what_cannot_matter(string css, string expected)
    {
        Assert.Equal(expected, CssMinifier.Minify(css));
    }

    [Fact]
    public void References_are_found_in_url_functions_and_imports_only()
    {
        var css = "@import 'a.css'; @import url(\"b.css\"); x { background: URL( c.png ) } y::before { content: 'd.png' }";

        Assert.Equal(["a.css", "b.css", "c.png"], CssReferences.Find(css));
    }
}
