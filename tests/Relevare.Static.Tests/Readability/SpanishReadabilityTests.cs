using Relevare.Static.Readability;

namespace Relevare.Static.Tests.Readability;

/// <summary>
/// The Spanish formulas from their published definitions, the INFLESZ bands, and Spanish text measured end to end.
/// Sources: Fernández Huerta (1959), "Medidas sencillas de lecturabilidad", Consigna 214:29–32, with F read as the
/// average sentence length (Law 2011, LINGUIST List 22.2332; legible.es/blog/lecturabilidad-fernandez-huerta);
/// Szigriszt Pazos (1993), "Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad", thesis,
/// Universidad Complutense de Madrid (legible.es/blog/perspicuidad-szigriszt-pazos); Barrio-Cantalejo et al. (2008),
/// "Validación de la Escala INFLESZ…", An Sist Sanit Navar 31(2):135–152.
/// </summary>
public sealed class SpanishReadabilityTests
{
    [Fact]
    public void Fernandez_Huerta_is_206_84_less_0_60_syllables_per_100_words_less_1_02_words_per_sentence()
    {
        // 100 words, 200 syllables, 5 sentences: P = 200, F = 20 → 206.84 − 120 − 20.4 = 66.44 ("normal", 60–70).
        Assert.Equal(66.44, ReadabilityFormulas.FernandezHuerta(100, 5, 200), 10);

        // Wordless's test case (12 words, 18 syllables, 3 sentences): 206.84 − 90 − 4.08 = 112.76.
        Assert.Equal(112.76, ReadabilityFormulas.FernandezHuerta(12, 3, 18), 10);
    }

    [Fact]
    public void Fernandez_Huerta_scores_shorter_sentences_as_easier()
    {
        // The misprinted form (F = sentences per 100 words, subtracted) would score the shorter sentences as harder.
        Assert.True(ReadabilityFormulas.FernandezHuerta(100, 10, 200) > ReadabilityFormulas.FernandezHuerta(100, 5, 200));
    }

    [Fact]
    public void Szigriszt_Pazos_is_206_835_less_62_3_syllables_per_word_less_words_per_sentence()
    {
        // 100 words, 200 syllables, 5 sentences: 206.835 − 124.6 − 20 = 62.235 ("normal" on the INFLESZ scale).
        Assert.Equal(62.235, ReadabilityFormulas.SzigrisztPazos(100, 5, 200), 10);

        // One word of one syllable in one sentence: 206.835 − 62.3 − 1 = 143.535.
        Assert.Equal(143.535, ReadabilityFormulas.SzigrisztPazos(1, 1, 1), 10);
    }

    [Theory]
    [InlineData(0, "muy difícil", "very hard")]
    [InlineData(39.9, "muy difícil", "very hard")]
    [InlineData(40, "algo difícil", "somewhat hard")]
    [InlineData(54.9, "algo difícil", "somewhat hard")]
    [InlineData(55, "normal", "normal")]
    [InlineData(64.9, "normal", "normal")]
    [InlineData(65, "bastante fácil", "fairly easy")]
    [InlineData(80, "muy fácil", "very easy")]
    [InlineData(143.5, "muy fácil", "very easy")]
    public void The_INFLESZ_bands_are_Barrio_Cantalejos(double score, string spanish, string english)
    {
        Assert.Equal(spanish, InfleszBand.Of(score));
        Assert.Equal(english, InfleszBand.English(score));
    }

    [Fact]
    public void Spanish_text_is_counted_with_the_Spanish_rules()
    {
        // El(1) pa·cien·te(3) re·ci·be(3) la(1) in·fu·sión(3) en(1) u·na(2) sa·la(2) pri·va·da(3): 9 words, 19 syllables.
        // La(1) en·fer·me·ra(4) lo(1) vi·gi·la(3) to·do(2) el(1) tiem·po(2): 7 words, 14 syllables.
        const string Text = "El paciente recibe la infusión en una sala privada. La enfermera lo vigila todo el tiempo.";

        var score = ReadabilityAnalyzer.Measure([Text], ReadabilityLanguage.Spanish);

        Assert.Equal((16, 2, 33), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal(74.9, score.FernandezHuerta); // 206.84 − 0.60 × 206.25 − 1.02 × 8 = 74.93
        Assert.Equal(70.3, score.Inflesz); // 206.835 − 62.3 × 33 / 16 − 8 = 70.34
        Assert.Equal("bastante fácil", InfleszBand.Of(score.Inflesz));
    }

    [Fact]
    public void The_English_rules_count_the_same_Spanish_text_differently()
    {
        const string Text = "El paciente recibe la infusión en una sala privada. La enfermera lo vigila todo el tiempo.";

        Assert.NotEqual(33, ReadabilityAnalyzer.Measure([Text]).Syllables);
    }

    [Fact]
    public void Spanish_abbreviations_and_opening_marks_do_not_break_sentences()
    {
        var sentences = ReadabilityAnalyzer.Sentences("La Dra. Mallek le llamará. ¿Tiene dudas? ¡Llámenos!", ReadabilityLanguage.Spanish);

        Assert.Equal(3, sentences.Length);
        Assert.Equal(5, sentences[0].Score.Words);
    }

    [Theory]
    [InlineData("es", "es")]
    [InlineData("es-MX", "es")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    public void The_language_tag_chooses_the_rules(string tag, string expected) =>
        Assert.Equal(expected, ReadabilityLanguage.For(tag)!.Tag);

    [Theory]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("")]
    public void A_language_without_published_formulas_is_not_graded(string tag) =>
        Assert.Null(ReadabilityLanguage.For(tag));
}
