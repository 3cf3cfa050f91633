using System.Text.RegularExpressions;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Tests.Yaml;

/// <summary>
/// The shared patterns accept exactly what each reader accepted with its own copy before they were gathered in
/// <see cref="Patterns"/> (the old patterns are written out here, with the readers that used them), checked on every
/// string up to a length over an alphabet that exercises each pattern, and on hand-picked cases; and the stricter
/// of two shapes of one thing is a subset of the other.
/// </summary>
public sealed class PatternsTests
{
    public static TheoryData<string, string, string, int> Unchanged => new()
    {
        // pattern, what the readers used before, alphabet, longest string tried
        { nameof(Patterns.Identifier), "^[a-z0-9][a-z0-9_-]*$", "aZ0_-.", 5 },      // SiteConfigLoader, FrontMatterValidator, PeopleFile
        { nameof(Patterns.ReferenceKey), "^[A-Za-z0-9][A-Za-z0-9_-]*$", "aZ0_-.", 5 }, // ReferenceReader
        { nameof(Patterns.Slug), "^[a-z0-9]+(-[a-z0-9]+)*$", "a0-_/Z", 5 },         // FrontMatterValidator (slugs, folders, relevare new)
        { nameof(Patterns.SitePath), "^/([a-z0-9]+(-[a-z0-9]+)*/)*$", "/a0-Z", 6 }, // PeopleFile (bio)
        { nameof(Patterns.LanguageTag), "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "aB1-", 7 },   // PageScanner (lang)
        { nameof(Patterns.SiteLanguageTag), "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "aB1-", 7 }, // SiteConfigLoader (language)
        { nameof(Patterns.PhoneNumber), @"^\+?[0-9().\-, ]+$", "+1(). -,a", 4 },      // PageScanner (tel:)
        { nameof(Patterns.UrlScheme), "^[a-z][a-z0-9+.-]*$", "aA1+.-:", 4 },          // UrlResolver
        { nameof(Patterns.Grade), @"^[0-9]{1,2}(\.[0-9])?$", "10.5a", 5 },            // MedicalSettingsReader, ReadabilityExemptionReader
        { nameof(Patterns.IsoDate), "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "20-", 10 },      // FrontMatterValidator
    };

    [Theory]
    [MemberData(nameof(Unchanged))]
    public void A_shared_pattern_accepts_what_its_readers_accepted_before(string pattern, string before, string alphabet, int longest)
    {
        var shared = Shared(pattern);
        var old = new Regex(before);
        string[] cases = ["", "\n", "a\n", "2026-01-05", "2026-01-05\n", "２０２６-01-05", "en-GB", "de-CH-1901", "en-x-twain", "EN",
            "abcdefghi", "-a", "a-", "a--b", "/team/dr-rivera/", "+1 (617) 555-0142", "10.5", "8", "100", "xref", "a_b", "über"];

        var differ = Strings(alphabet, longest).Concat(cases).Where(s => shared.IsMatch(s) != old.IsMatch(s)).Take(5).ToList();

        Assert.True(differ.Count == 0, $"{pattern} disagrees with {before} on: {string.Join(", ", differ.Select(s => $"'{s}'"))}");
    }

    [Fact]
    public void Every_language_tag_site_yml_accepts_passes_the_page_check()
    {
        var strict = Strings("aB1-x", 7).Where(s => Patterns.SiteLanguageTag().IsMatch(s)).ToList();

        Assert.NotEmpty(strict);
        Assert.All(strict, tag => Assert.Matches(Patterns.LanguageTag(), tag));
        Assert.DoesNotMatch(Patterns.SiteLanguageTag(), "EN");
        Assert.Matches(Patterns.LanguageTag(), "EN");
    }

    [Fact]
    public void Every_slug_is_an_identifier_and_every_identifier_a_reference_key()
    {
        var strings = Strings("aZ0_-", 5).ToList();

        Assert.All(strings.Where(s => Patterns.Slug().IsMatch(s)), s => Assert.Matches(Patterns.Identifier(), s));
        Assert.All(strings.Where(s => Patterns.Identifier().IsMatch(s)), s => Assert.Matches(Patterns.ReferenceKey(), s));
    }

    [Theory]
    [InlineData("xref", true)]
    [InlineData("a234567890123456789012345678901b", true)] // 32 characters: the longest site.yml accepted before
    [InlineData("a2345678901234567890123456789012c", false)] // 33
    [InlineData("x-ref.v2+b", true)]
    [InlineData("2fa", false)]
    [InlineData("x_ref", false)]
    public void Link_schemes_in_site_yml_are_checked_as_before(string scheme, bool accepted)
    {
        var diagnostics = new List<Diagnostic>();

        var config = SiteConfigLoader.Load(TestSite.DefaultSiteYml + $"markdown: {{ link_schemes: [\"{scheme}\"] }}\n", diagnostics);

        Assert.Equal(accepted, config is not null);
        Assert.Equal(accepted ? [] : [$"'{scheme}' is not a URL scheme"], diagnostics.Select(d => d.Message));
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("en-GB", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("EN", false)]
    [InlineData("en-x-twain", false)]
    [InlineData("english", false)]
    public void The_site_language_is_checked_as_before(string language, bool accepted)
    {
        var diagnostics = new List<Diagnostic>();

        var config = SiteConfigLoader.Load(TestSite.DefaultSiteYml + $"language: {language}\n", diagnostics);

        Assert.Equal(accepted, config is not null);
        Assert.Equal(accepted ? [] : [$"language '{language}' is not a language tag"], diagnostics.Select(d => d.Message));
    }

    private static Regex Shared(string name) =>
        (Regex)typeof(Patterns).GetMethod(name)!.Invoke(null, null)!;

    // Every string of length 0 to longest over alphabet: a few thousand at most for the alphabets above.
    private static IEnumerable<string> Strings(string alphabet, int longest)
    {
        IEnumerable<string> level = [""];
        for (var length = 0; length <= longest; length++)
        {
            foreach (var s in level)
            {
                yield return s;
            }

            level = length == longest ? [] : level.SelectMany(s => alphabet.Select(c => s + c)).ToList();
        }
    }
}
