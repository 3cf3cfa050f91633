using Relevare.Static.Readability;

namespace Relevare.Static.Tests.Readability;

/// <summary>
/// The Spanish syllable division against the examples of the Ortografía de la lengua española (RAE, 2010, §4.1.1–4.1.2:
/// diphthongs, triphthongs, hiatus, digraphs and consonant groups) and the Diccionario's divisions, grouped by rule.
/// </summary>
public sealed class SpanishSyllableCounterTests
{
    [Theory]
    // One consonant between vowels goes with the next vowel; two split; three or four leave a group of l/r together.
    [InlineData("casa", "ca·sa")]
    [InlineData("cansado", "can·sa·do")]
    [InlineData("instante", "ins·tan·te")]
    [InlineData("obstáculo", "obs·tá·cu·lo")]
    [InlineData("obstrucción", "obs·truc·ción")]
    [InlineData("hablar", "ha·blar")]
    [InlineData("otro", "o·tro")]
    [InlineData("siempre", "siem·pre")]
    [InlineData("atlas", "at·las")]
    [InlineData("adlátere", "ad·lá·te·re")]
    // ch, ll and rr are one sound each and never split.
    [InlineData("mucho", "mu·cho")]
    [InlineData("calle", "ca·lle")]
    [InlineData("perro", "pe·rro")]
    [InlineData("ancho", "an·cho")]
    // The u of que, qui, gue, gui is silent; with a diaeresis it is said.
    [InlineData("queso", "que·so")]
    [InlineData("guitarra", "gui·ta·rra")]
    [InlineData("pingüino", "pin·güi·no")]
    [InlineData("vergüenza", "ver·güen·za")]
    [InlineData("agua", "a·gua")]
    // Diphthongs: a weak vowel (i, u) beside another vowel, with no written accent on it.
    [InlineData("cielo", "cie·lo")]
    [InlineData("ciudad", "ciu·dad")]
    [InlineData("cuidado", "cui·da·do")]
    [InlineData("aire", "ai·re")]
    [InlineData("infusión", "in·fu·sión")]
    [InlineData("paciente", "pa·cien·te")]
    [InlineData("tiempo", "tiem·po")]
    // Triphthongs.
    [InlineData("buey", "buey")]
    [InlineData("limpiáis", "lim·piáis")]
    [InlineData("averiguáis", "a·ve·ri·guáis")]
    // Hiatus: two strong vowels, or an accented weak one.
    [InlineData("leer", "le·er")]
    [InlineData("caos", "ca·os")]
    [InlineData("poeta", "po·e·ta")]
    [InlineData("día", "dí·a")]
    [InlineData("país", "pa·ís")]
    [InlineData("reúne", "re·ú·ne")]
    [InlineData("oír", "o·ír")]
    [InlineData("guía", "guí·a")]
    [InlineData("dolería", "do·le·rí·a")]
    // y is a vowel at the end of a word, a consonant before a vowel.
    [InlineData("hoy", "hoy")]
    [InlineData("muy", "muy")]
    [InlineData("rey", "rey")]
    [InlineData("y", "y")]
    [InlineData("rayo", "ra·yo")]
    [InlineData("ayuda", "a·yu·da")]
    // h does not join or split vowels in writing; it is a consonant letter.
    [InlineData("ahora", "a·ho·ra")]
    [InlineData("deshacer", "des·ha·cer")]
    // Words of the clinic's pages.
    [InlineData("migraña", "mi·gra·ña")]
    [InlineData("ketamina", "ke·ta·mi·na")]
    [InlineData("neurólogo", "neu·ró·lo·go")]
    [InlineData("náuseas", "náu·se·as")]
    [InlineData("disociación", "di·so·cia·ción")]
    [InlineData("enfermera", "en·fer·me·ra")]
    [InlineData("consulta", "con·sul·ta")]
    [InlineData("estudios", "es·tu·dios")]
    public void Divides_words_as_the_RAE_does(string word, string expected)
    {
        Assert.Equal(expected, string.Join('·', SpanishSyllableCounter.Syllabify(word)));
        Assert.Equal(expected.Split('·').Length, SpanishSyllableCounter.Count(word));
    }

    [Theory]
    [InlineData("Náuseas", 3)]
    [InlineData("NMDA", 6)] // e·ne e·me de a
    [InlineData("EE", 2)]
    [InlineData("2", 1)]
    [InlineData("2,5", 1)]
    [InlineData("10%", 1)]
    [InlineData("corto-plazo", 4)]
    [InlineData("l'", 1)]
    public void Counts_capitals_abbreviations_numbers_and_compounds(string word, int expected) =>
        Assert.Equal(expected, SpanishSyllableCounter.Count(word));

    [Fact]
    public void Spanish_words_are_not_counted_by_the_English_rules()
    {
        // English drops a final e after a consonant (ketamine = 3); Spanish says every vowel (ketamina = 4, paciente = 3).
        Assert.Equal(3, SyllableCounter.Count("ketamine"));
        Assert.Equal(4, ReadabilityLanguage.Spanish.CountSyllables("ketamina"));
        Assert.Equal(3, ReadabilityLanguage.Spanish.CountSyllables("paciente"));
    }
}
