using Relevare.Static.Readability;

namespace Relevare.Static.Tests.Medical;

public sealed class ReadabilityTests
{
    [Fact]
    public void Flesch_Kincaid_matches_the_published_platypus_example()
    {
        // "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature" is an 11.3:
        // 24 syllables and 13 words (Wikipedia, "Flesch–Kincaid readability tests").
        Assert.Equal(11.3, Math.Round(ReadabilityFormulas.FleschKincaidGrade(13, 1, 24), 1));
    }

    [Fact]
    public void Flesch_Kincaid_matches_the_published_Green_Eggs_and_Ham_example()
    {
        // Green Eggs and Ham: 5.7 words per sentence, 1.02 syllables per word, grade −1.3 (same source).
        Assert.Equal(-1.3, Math.Round(ReadabilityFormulas.FleschKincaidGrade(570, 100, 581), 1));
    }

    [Fact]
    public void Flesch_Kincaid_lowest_possible_grade_is_minus_3_4()
    {
        // One-word sentences of one-syllable words: 0.39 + 11.8 − 15.59 = −3.4.
        Assert.Equal(-3.4, Math.Round(ReadabilityFormulas.FleschKincaidGrade(10, 10, 10), 2));
    }

    [Fact]
    public void Smog_with_no_polysyllables_is_the_formula_constant() =>
        Assert.Equal(3.1291, ReadabilityFormulas.Smog(0, 30), 4);

    [Theory]
    // McLaughlin's quick method: SMOG ≈ 3 + √(polysyllables in 30 sentences); e.g. 64 → 11 (McLaughlin 1969).
    [InlineData(9, 6)]
    [InlineData(25, 8)]
    [InlineData(64, 11)]
    [InlineData(100, 13)]
    public void Smog_on_30_sentences_agrees_with_McLaughlins_quick_method(int polysyllables, int approximate)
    {
        var precise = ReadabilityFormulas.Smog(polysyllables, 30);

        Assert.InRange(precise, approximate, approximate + 1);
    }

    [Fact]
    public void Smog_scales_shorter_texts_to_30_sentences() =>
        Assert.Equal(ReadabilityFormulas.Smog(64, 30), ReadabilityFormulas.Smog(32, 15), 10);

    [Fact]
    public void The_platypus_sentence_is_measured_as_published()
    {
        var score = ReadabilityAnalyzer.Measure(["The Australian platypus is seemingly a hybrid of a mammal and reptilian creature."]);

        Assert.Equal((13, 1, 24), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal(11.3, score.Grade);
    }

    [Theory]
    [InlineData("Book a call with Dr. Mallek today. It is free.", 2)]
    [InlineData("Ask about side effects, e.g. nausea. Then rest.", 2)]
    [InlineData("Infusions last 2.5 hours! Is that long? No.", 3)]
    [InlineData("Niesters M. and Dahan A. wrote it.", 1)]
    [InlineData("It helps (for some people). Others wait.", 2)]
    [InlineData("“Will it hurt?” she asked.", 1)]
    [InlineData("Nausea and vomiting", 1)]
    [InlineData("First sentence.Second one without a space.", 1)]
    public void Sentences_end_at_full_stops_but_not_after_abbreviations_or_initials(string text, int sentences) =>
        Assert.Equal(sentences, ReadabilityAnalyzer.Sentences(text).Length);

    [Fact]
    public void Every_block_ends_a_sentence()
    {
        var score = ReadabilityAnalyzer.Measure(["Nausea and vomiting", "Trouble speaking", "Flashing lights"]);

        Assert.Equal((7, 3), (score.Words, score.Sentences));
    }

    [Fact]
    public void Words_are_runs_of_letters_joined_by_hyphens_or_apostrophes_and_numbers_are_one_word()
    {
        var score = ReadabilityAnalyzer.Measure(["A long-term plan doesn't cost 10% or 2.5 dollars."]);

        Assert.Equal(9, score.Words);
    }

    [Fact]
    public void Polysyllables_are_words_of_three_syllables_or_more()
    {
        var score = ReadabilityAnalyzer.Measure(["Ketamine infusions are monitored by a neurologist."]);

        Assert.Equal(4, score.Polysyllables);
    }

    [Fact]
    public void No_text_has_no_grade()
    {
        Assert.Equal(0, ReadabilityScore.Empty.Grade);
        Assert.Equal(0, ReadabilityScore.Empty.Smog);
    }
}
