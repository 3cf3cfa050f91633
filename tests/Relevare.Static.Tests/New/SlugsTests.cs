using Relevare.Static.Cli.New;

namespace Relevare.Static.Tests.New;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Ketamine for chronic pain", "ketamine-for-chronic-pain")]
    [InlineData("  Ketamine & Migraine: What to Expect?  ", "ketamine-migraine-what-to-expect")]
    [InlineData("Café, naïve — déjà vu", "cafe-naive-deja-vu")]
    [InlineData("Cafe\u0301 Straße Œuvre Łódź", "cafe-strasse-oeuvre-lodz")]
    [InlineData("COVID-19 and ketamine", "covid-19-and-ketamine")]
    [InlineData("2–4 hour infusions", "2-4-hour-infusions")]
    [InlineData("Ketamine\u00A0infusions", "ketamine-infusions")]
    [InlineData("偏头痛", "")]
    [InlineData("!!!", "")]
    public void A_title_becomes_lowercase_ascii_words_joined_by_single_hyphens(string title, string slug) =>
        Assert.Equal(slug, Slugs.FromTitle(title));

    [Fact]
    public void A_long_title_is_cut_at_a_word_boundary()
    {
        var slug = Slugs.FromTitle("What happens during a ketamine infusion at the clinic, from arrival to going home afterwards");

        Assert.Equal("what-happens-during-a-ketamine-infusion-at-the-clinic-from", slug);
        Assert.True(slug.Length <= Slugs.MaxLength);
    }
}
