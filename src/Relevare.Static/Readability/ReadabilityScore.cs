namespace Relevare.Static.Readability;

/// <summary>The counts of a text and the scores computed from them (the English grades, or the Spanish scores for Spanish text).</summary>
/// <param name="Words">Words.</param>
/// <param name="Sentences">Sentences (each paragraph and list item ends at least one).</param>
/// <param name="Syllables">Syllables of all words.</param>
/// <param name="Polysyllables">Words of three syllables or more.</param>
public sealed record ReadabilityScore(int Words, int Sentences, int Syllables, int Polysyllables)
{
    /// <summary>No text.</summary>
    public static readonly ReadabilityScore Empty = new(0, 0, 0, 0);

    /// <summary>The Flesch–Kincaid grade, rounded to one decimal as shown to editors (0 for no text).</summary>
    public double Grade => Words == 0 ? 0 : Math.Round(ReadabilityFormulas.FleschKincaidGrade(Words, Sentences, Syllables), 1, MidpointRounding.AwayFromZero);

    /// <summary>The SMOG grade, rounded to one decimal (0 for no text).</summary>
    public double Smog => Sentences == 0 ? 0 : Math.Round(ReadabilityFormulas.Smog(Polysyllables, Sentences), 1, MidpointRounding.AwayFromZero);

    /// <summary>The Fernández-Huerta score (Spanish), rounded to one decimal (0 for no text); higher is easier.</summary>
    public double FernandezHuerta => Words == 0 ? 0 : Math.Round(ReadabilityFormulas.FernandezHuerta(Words, Sentences, Syllables), 1, MidpointRounding.AwayFromZero);

    /// <summary>The Szigriszt-Pazos perspicuity (Spanish) read on the INFLESZ scale, rounded to one decimal (0 for no text); higher is easier.</summary>
    public double Inflesz => Words == 0 ? 0 : Math.Round(ReadabilityFormulas.SzigrisztPazos(Words, Sentences, Syllables), 1, MidpointRounding.AwayFromZero);

    /// <summary>The counts of both texts together.</summary>
    public ReadabilityScore Add(ReadabilityScore other) =>
        new(Words + other.Words, Sentences + other.Sentences, Syllables + other.Syllables, Polysyllables + other.Polysyllables);
}
