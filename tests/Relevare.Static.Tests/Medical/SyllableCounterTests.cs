using Relevare.Static.Readability;

namespace Relevare.Static.Tests.Medical;

/// <summary>
/// The syllable counter against dictionary counts (Merriam-Webster's hyphenation points and pronunciations),
/// grouped by the rule that gets each right, plus words from the clinic's pages.
/// </summary>
public sealed class SyllableCounterTests
{
    [Theory]
    // Vowel groups
    [InlineData("cat", 1)]
    [InlineData("the", 1)]
    [InlineData("brain", 1)]
    [InlineData("through", 1)]
    [InlineData("strength", 1)]
    [InlineData("hybrid", 2)]
    [InlineData("mammal", 2)]
    [InlineData("platypus", 3)]
    [InlineData("receptors", 3)]
    [InlineData("neurologist", 4)]
    [InlineData("retrospective", 4)]
    [InlineData("comparison", 4)]
    // y is a consonant before a vowel at the start of a word, a vowel elsewhere
    [InlineData("yes", 1)]
    [InlineData("year", 1)]
    [InlineData("you", 1)]
    [InlineData("syndrome", 2)]
    [InlineData("early", 2)]
    // Silent final e, but not in -le
    [InlineData("make", 1)]
    [InlineData("while", 1)]
    [InlineData("ketamine", 3)]
    [InlineData("migraine", 2)]
    [InlineData("creature", 2)]
    [InlineData("evidence", 3)]
    [InlineData("table", 2)]
    [InlineData("people", 2)]
    [InlineData("simple", 2)]
    [InlineData("free", 1)]
    [InlineData("value", 2)]
    // -es and -ed
    [InlineData("makes", 1)]
    [InlineData("types", 1)]
    [InlineData("migraines", 2)]
    [InlineData("medicines", 3)]
    [InlineData("doses", 2)]
    [InlineData("changes", 2)]
    [InlineData("places", 2)]
    [InlineData("tables", 2)]
    [InlineData("studies", 2)]
    [InlineData("jumped", 1)]
    [InlineData("based", 1)]
    [InlineData("called", 1)]
    [InlineData("tried", 1)]
    [InlineData("played", 1)]
    [InlineData("wanted", 2)]
    [InlineData("needed", 2)]
    [InlineData("treated", 2)]
    [InlineData("monitored", 3)]
    // Suffixes that keep the stem's count
    [InlineData("safely", 2)]
    [InlineData("seemingly", 3)]
    [InlineData("treatment", 2)]
    [InlineData("statement", 2)]
    [InlineData("management", 3)]
    [InlineData("illness", 2)]
    [InlineData("painful", 2)]
    [InlineData("careful", 2)]
    [InlineData("carefully", 3)]
    [InlineData("painless", 2)]
    // Vowel pairs said as two syllables
    [InlineData("being", 2)]
    [InlineData("going", 2)]
    [InlineData("seeing", 2)]
    [InlineData("usual", 3)]
    [InlineData("actual", 3)]
    [InlineData("individual", 5)]
    [InlineData("equal", 2)]
    [InlineData("period", 3)]
    [InlineData("violin", 3)]
    [InlineData("serious", 3)]
    [InlineData("previous", 3)]
    [InlineData("infusion", 3)]
    [InlineData("nation", 2)]
    [InlineData("million", 2)]
    [InlineData("dissociation", 5)]
    [InlineData("radiation", 4)]
    [InlineData("initial", 3)]
    [InlineData("video", 3)]
    [InlineData("theory", 3)]
    [InlineData("diet", 2)]
    [InlineData("quiet", 2)]
    [InlineData("client", 2)]
    [InlineData("experience", 4)]
    [InlineData("audience", 3)]
    [InlineData("patient", 2)]
    [InlineData("efficient", 3)]
    [InlineData("earlier", 3)]
    [InlineData("easiest", 3)]
    [InlineData("mechanism", 4)]
    // Spelling that misleads every rule: the exception list
    [InlineData("recipe", 3)]
    [InlineData("area", 3)]
    [InlineData("idea", 3)]
    [InlineData("create", 2)]
    [InlineData("science", 2)]
    [InlineData("business", 2)]
    [InlineData("family", 3)]
    [InlineData("friend", 1)]
    // Case, apostrophes, hyphens, acronyms and numbers
    [InlineData("Ketamine", 3)]
    [InlineData("don't", 1)]
    [InlineData("patient's", 2)]
    [InlineData("long-term", 2)]
    [InlineData("15-minute", 3)]
    [InlineData("NMDA", 4)]
    [InlineData("CRPS", 4)]
    [InlineData("2026", 1)]
    [InlineData("10%", 1)]
    public void Count_matches_the_dictionary(string word, int syllables) =>
        Assert.Equal(syllables, SyllableCounter.Count(word));

    [Fact]
    public void The_words_of_the_published_Flesch_Kincaid_example_have_24_syllables()
    {
        // Wikipedia, "Flesch–Kincaid readability tests": 13 words, 24 syllables.
        var words = "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature".Split(' ');

        Assert.Equal(13, words.Length);
        Assert.Equal(24, words.Sum(SyllableCounter.Count));
    }

    [Fact]
    public void A_word_without_letters_or_digits_has_no_syllables() => Assert.Equal(0, SyllableCounter.Count("--"));
}
