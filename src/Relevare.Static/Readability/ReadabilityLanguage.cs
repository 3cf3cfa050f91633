using System.Collections.Frozen;

namespace Relevare.Static.Readability;

/// <summary>
/// The rules a language's text is measured with: how its syllables are counted, which abbreviations do not end a
/// sentence, and which formulas grade it. Only languages with published formulas have one: English (Flesch–Kincaid,
/// SMOG) and Spanish (Fernández-Huerta, Szigriszt-Pazos/INFLESZ). A formula made for one language says nothing
/// reliable about another (Spanish words have more syllables for the same difficulty), so a page in any other
/// language is not graded at all rather than graded wrongly.
/// </summary>
public sealed class ReadabilityLanguage
{
    /// <summary>English: Flesch–Kincaid grade and SMOG.</summary>
    public static readonly ReadabilityLanguage English = new("en", SyllableCounter.Count, ReadabilityAnalyzer.EnglishAbbreviations);

    /// <summary>Spanish: Fernández-Huerta and Szigriszt-Pazos read on the INFLESZ scale.</summary>
    public static readonly ReadabilityLanguage Spanish = new("es", SpanishSyllableCounter.Count, ReadabilityAnalyzer.SpanishAbbreviations);

    private ReadabilityLanguage(string tag, Func<string, int> countSyllables, FrozenSet<string> abbreviations)
    {
        Tag = tag;
        CountSyllables = countSyllables;
        Abbreviations = abbreviations;
    }

    /// <summary>The primary language subtag, <c>en</c> or <c>es</c>.</summary>
    public string Tag { get; }

    /// <summary>True for Spanish, graded with the Spanish formulas; false for English.</summary>
    public bool IsSpanish => Tag == "es";

    /// <summary>Counts the syllables of one word.</summary>
    internal Func<string, int> CountSyllables { get; }

    /// <summary>Abbreviations (lower case, without their final full stop) that do not end a sentence.</summary>
    internal FrozenSet<string> Abbreviations { get; }

    /// <summary>
    /// The rules for a page in <paramref name="languageTag"/> (a BCP 47 tag: <c>es</c>, <c>es-MX</c>, <c>en-GB</c>), or
    /// null when no readability formula exists for that language.
    /// </summary>
    public static ReadabilityLanguage? For(string? languageTag)
    {
        var primary = (languageTag ?? "").Split('-')[0].ToLowerInvariant();
        return primary switch
        {
            "en" => English,
            "es" => Spanish,
            _ => null,
        };
    }
}
