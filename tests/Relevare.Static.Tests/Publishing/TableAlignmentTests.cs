namespace Relevare.Static.Tests.Publishing;

/// <summary>Pipe-table alignment becomes classes: Markdig's inline style would break the CSP.</summary>
public sealed class TableAlignmentTests
{
    [Fact]
    public void Aligned_columns_get_classes_and_no_style_attribute()
    {
        var result = TestSite.BuildOk("""
            -- content/index.md --
            ---
            title: Doses
            ---
            | Left | Centre | Right | None |
            |:-----|:------:|------:|------|
            | a    | b      | c     | d    |
            """);

        var html = result.Text("index.html");
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"align-left\">Left</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"align-center\">Centre</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-right\">c</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>d</td>", html, StringComparison.Ordinal);
    }
}
