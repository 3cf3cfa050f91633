using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Content;

/// <summary>
/// Every FILL-IN is reported at its own line and column, counted from the text's first line; the scan does not split
/// the text into lines (it runs over every page).
/// </summary>
public sealed class FillInScannerTests
{
    [Fact]
    public void Each_find_is_reported_at_its_line_and_column()
    {
        var diagnostics = new List<Diagnostic>();
        var text = "FILL-IN at the start\n\nsecond FILL-IN and FILL-IN again\nnone here\n\n\n  FILL-IN\nFILL-INFILL-IN";

        FillInScanner.Scan("content/a.md", text, 7, "page", diagnostics);

        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.FillInText, d.Code));
        Assert.All(diagnostics, d => Assert.Equal("content/a.md", d.Path));
        Assert.Equal(
            [(7, 1), (9, 8), (9, 20), (13, 3), (14, 1), (14, 8)],
            diagnostics.Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void Text_without_the_marker_reports_nothing()
    {
        var diagnostics = new List<Diagnostic>();

        FillInScanner.Scan("content/a.md", "FILL\n-IN\nfill-in\n", 1, "page", diagnostics);

        Assert.Empty(diagnostics);
    }
}
