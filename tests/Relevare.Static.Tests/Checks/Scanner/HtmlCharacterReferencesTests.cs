using AngleSharp.Html;
using Relevare.Static.Checks;

namespace Relevare.Static.Tests.Checks.Scanner;

public sealed class HtmlCharacterReferencesTests
{
    [Fact]
    public void Every_named_reference_the_scanner_knows_means_what_it_means_to_AngleSharp()
    {
        Assert.True(HtmlCharacterReferences.KnownNames.Count >= 50);
        foreach (var (name, value) in HtmlCharacterReferences.KnownNames)
        {
            Assert.True(HtmlEntityProvider.Resolver.GetSymbol(name + ";") == value, $"&{name}; is {PageTreeComparison.Show(value)} to the scanner");
        }
    }

    [Theory]
    [InlineData("a&amp;b", "a&b")]
    [InlineData("&#233;&#xe9;&#XE9;&#0000233;", "ééé\u00E9")]
    [InlineData("& &# x", null)]
    [InlineData("a & b", "a & b")]
    [InlineData("a &; b", "a &; b")]
    [InlineData("&#x1F600;", "\U0001F600")]
    [InlineData("&nbsp", null)]
    [InlineData("&unknownname;", null)]
    [InlineData("&#x9F;", null)]
    [InlineData("&#13;", null)]
    [InlineData("&#xFFFE;", null)]
    [InlineData("&#123456789;", null)]
    public void Decoding_gives_the_value_or_refuses(string raw, string? expected) =>
        Assert.Equal(expected, HtmlCharacterReferences.TryDecode(raw, 0, raw.Length));
}
