namespace Relevare.Static.Readability;

/// <summary>The readability formulas, exactly as published: two for English, two for Spanish.</summary>
internal static class ReadabilityFormulas
{
    /// <summary>
    /// Flesch–Kincaid grade level (Kincaid et al., 1975, for the US Navy):
    /// 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
    /// </summary>
    public static double FleschKincaidGrade(int words, int sentences, int syllables)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(words);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sentences);
        return (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;
    }

    /// <summary>
    /// SMOG grade (McLaughlin, 1969), scaled from his 30-sentence sample to any number of sentences:
    /// 1.0430 × √(polysyllables × 30 / sentences) + 3.1291, where a polysyllable has three or more syllables.
    /// </summary>
    public static double Smog(int polysyllables, int sentences)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(polysyllables);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sentences);
        return (1.0430 * Math.Sqrt(polysyllables * 30.0 / sentences)) + 3.1291;
    }

    /// <summary>
    /// Fernández-Huerta's "lecturabilidad" (Fernández Huerta, 1959, Consigna 214:29–32), Flesch's reading ease
    /// re-fitted to Spanish: 206.84 − 0.60 × P − 1.02 × F, where P is syllables per 100 words and F the average
    /// sentence length in words. Often printed with F as "sentences per 100 words", which makes shorter sentences
    /// score as harder; the average sentence length is the reading of Law (2011, LINGUIST List 22.2332) followed by
    /// legible.es, textstat and Wordless. Higher is easier: 60–70 is "normal" for adults.
    /// </summary>
    public static double FernandezHuerta(int words, int sentences, int syllables)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(words);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sentences);
        return 206.84 - (0.60 * (100.0 * syllables / words)) - (1.02 * words / sentences);
    }

    /// <summary>
    /// Szigriszt-Pazos's perspicuity (Szigriszt Pazos, 1993, doctoral thesis, Universidad Complutense de Madrid), the
    /// index the INFLESZ scale reads (Barrio-Cantalejo et al., 2008, An Sist Sanit Navar 31(2):135–152):
    /// 206.835 − 62.3 × syllables / words − words / sentences. Higher is easier: 55–65 is "normal".
    /// </summary>
    public static double SzigrisztPazos(int words, int sentences, int syllables)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(words);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sentences);
        return 206.835 - (62.3 * syllables / words) - ((double)words / sentences);
    }
}
