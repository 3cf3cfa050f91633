using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void ToString_is_the_compiler_style_line_then_the_hint()
    {
        var diagnostic = Diagnostic.Error(DiagnosticCodes.FrontMatterUnknownField, new SourceLocation("content/a.md", 3, 7), "unknown field 'titel'", "did you mean 'title'?");

        Assert.Equal("content/a.md:3:7: error RS0203: unknown field 'titel'\n  hint: did you mean 'title'?", diagnostic.ToString());
        Assert.True(diagnostic.IsError);
    }

    [Fact]
    public void ToString_of_a_warning_without_hint_is_one_line()
    {
        var diagnostic = Diagnostic.Warning(DiagnosticCodes.RawHtmlEscaped, new SourceLocation("content/a.md", 4, 1), "raw HTML");

        Assert.Equal("content/a.md:4:1: warning RS0303: raw HTML", diagnostic.ToString());
        Assert.False(diagnostic.IsError);
    }

    [Fact]
    public void Location_uses_line_and_column_1_when_unknown()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.InvalidUtf8, "site.yml", 0, 0, "m");

        Assert.Equal("site.yml:1:1", diagnostic.Location);
    }

    [Theory]
    [InlineData("RS0101", true)]
    [InlineData("RS0106", true)]
    [InlineData("RS0201", false)]
    [InlineData("RS0001", false)]
    public void IsConfiguration_is_true_for_RS01xx_only(string code, bool expected) =>
        Assert.Equal(expected, DiagnosticCodes.IsConfiguration(code));

    [Fact]
    public void Every_code_is_distinct_and_well_formed()
    {
        var codes = typeof(DiagnosticCodes).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^RS0[0-9]{3}$", c));
    }
}
