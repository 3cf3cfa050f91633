namespace Relevare.Static.Readability;

/// <summary>The two readability formulas, exactly as published.</summary>
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
}
