using System.Text;
using Relevare.Static.Checks;

namespace Relevare.Static.Tests.Checks;

public sealed class LinkTextTests
{
    private static readonly string[] Phrases =
    [
        "click", "click here", "click this", "here", "go", "go here", "continue", "details", "learn more",
        "link", "more", "more info", "more information", "read more", "see more", "this", "this link",
        "this page", "find out more", "tap here",
    ];

    [Theory]
    [InlineData("Click here", true)]
    [InlineData("  CLICK   HERE!! ", true)]
    [InlineData("…read more…", true)]
    [InlineData("More\u00A0information", true)]
    [InlineData("more-information", true)]
    [InlineData("more informations", false)]
    [InlineData("read more about migraine treatment", false)]
    [InlineData("here2", false)]
    [InlineData("", false)]
    [InlineData("!!!", false)]
    [InlineData("İ", false)]
    public void A_link_text_is_meaningless_when_its_words_are_a_phrase_that_says_nothing(string name, bool expected)
    {
        Assert.Equal(expected, LinkText.IsMeaningless(name));
        Assert.Equal(expected, WordsOf(name) is var words && Phrases.Contains(words));
    }

    // The definition, as the check was first written: lower-case the name, turn every other character than a letter
    // or a digit into a space, collapse the spaces. Random names of the phrases' words, punctuation, spaces, upper
    // case, digits and other scripts' letters give the same answer.
    [Fact]
    public void The_answer_is_the_phrase_set_s_answer_for_the_name_s_collapsed_words()
    {
        var random = new Random(1607);
        string[] pieces = ["click", "HERE", "more", "Info", "information", "read", "this", "page", "go", "x", "é", "ß", "İ", "Ω", "7", "\U0001F600", "\u0301"];
        string[] gaps = [" ", "  ", "-", "…", "\u00A0", "\t", "!", "", "_", "."];
        var meaningless = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var name = new StringBuilder();
            var count = random.Next(0, 5);
            for (var j = 0; j < count; j++)
            {
                name.Append(gaps[random.Next(gaps.Length)]).Append(pieces[random.Next(pieces.Length)]);
            }

            name.Append(gaps[random.Next(gaps.Length)]);
            var text = name.ToString();
            var expected = Phrases.Contains(WordsOf(text));
            meaningless += expected ? 1 : 0;
            Assert.True(expected == LinkText.IsMeaningless(text), $"'{text}'");
        }

        // The random names reach both answers.
        Assert.InRange(meaningless, 100, 19_000);
    }

    private static string WordsOf(string name)
    {
        var words = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            words.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', words.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
