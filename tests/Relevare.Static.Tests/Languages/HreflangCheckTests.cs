using Relevare.Static.Diagnostics;
using static Relevare.Static.Tests.Checks.CheckHarness;

namespace Relevare.Static.Tests.Languages;

public sealed class HreflangCheckTests
{
    private static string Html(string lang, params string[] alternates) =>
        $"<!doctype html>\n<html lang=\"{lang}\">\n<head><title>T</title>\n"
        + string.Concat(alternates.Select(a => $"<link rel=\"alternate\" hreflang=\"{a.Split('=')[0]}\" href=\"{a.Split('=')[1]}\">\n"))
        + "</head>\n<body><main><h1>T</h1><p><a href=\"/\">Home</a> <a href=\"/es/\">Inicio</a></p></main></body>\n</html>\n";

    private static List<Diagnostic> Findings(params (string Path, string Content)[] files) =>
        [.. Check(files).Diagnostics.Where(d => d.Code is DiagnosticCodes.HreflangNotReciprocal or DiagnosticCodes.HreflangWrongLanguage)];

    [Fact]
    public void Reciprocal_pairs_in_the_right_languages_pass()
    {
        Assert.Empty(Findings(
            ("index.html", Html("en", "en=/", "es=/es/", "x-default=/")),
            ("es/index.html", Html("es", "en=/", "es=/es/", "x-default=/"))));
    }

    [Fact]
    public void A_one_way_pair_is_reported_on_the_page_that_links()
    {
        var finding = Assert.Single(Findings(
            ("index.html", Html("en", "es=/es/")),
            ("es/index.html", Html("es"))));

        Assert.Equal(DiagnosticCodes.HreflangNotReciprocal, finding.Code);
        Assert.Equal(4, finding.Line);
        Assert.Contains("has no hreflang alternate back to this page", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alternate_to_no_page_is_reported()
    {
        var finding = Assert.Single(Findings(("index.html", Html("en", "fr=/fr/"))));

        Assert.Equal(DiagnosticCodes.HreflangNotReciprocal, finding.Code);
        Assert.Contains("/fr/, which is not a page of the site", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alternate_to_a_page_in_another_language_is_reported()
    {
        var finding = Assert.Single(Findings(
            ("index.html", Html("en", "es=/es/")),
            ("es/index.html", Html("en", "en=/"))));

        Assert.Equal(DiagnosticCodes.HreflangWrongLanguage, finding.Code);
        Assert.Contains("whose <html lang> is \"en\"", finding.Message, StringComparison.Ordinal);
    }
}
