using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Relevare.Static.Readability;

/// <summary>
/// Splits prose into sentences and words and counts syllables. A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or
/// <c>…</c> followed by a space or the end of the text, except after an abbreviation (<c>Dr.</c>, <c>e.g.</c>) or
/// an initial (<c>M.</c>) and before a word in lower case; every paragraph or list item ends one too, since a list item without a full stop is
/// still read as a unit. Words are runs of letters and digits, joined by inner hyphens or apostrophes
/// (<c>long-term</c>, <c>don't</c>); a number such as <c>2.5</c> or <c>10%</c> is one word.
/// </summary>
internal static partial class ReadabilityAnalyzer
{
    /// <summary>English abbreviations that end in a full stop without ending the sentence.</summary>
    internal static readonly FrozenSet<string> EnglishAbbreviations = new[]
    {
        "dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "al", "approx", "no", "fig", "jr", "sr",
        "inc", "ltd", "dept", "vol", "pp", "ca", "cf",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Spanish ones (RAE, "Lista de abreviaturas"), plus the Latin ones citations use.</summary>
    internal static readonly FrozenSet<string> SpanishAbbreviations = new[]
    {
        "dr", "dra", "sr", "sra", "srta", "ud", "uds", "etc", "ej", "pág", "págs", "núm", "aprox", "al", "vol",
        "fig", "tel", "dña", "av", "avda", "admón", "cf", "cap", "máx", "mín", "pp",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly SearchValues<char> Stops = SearchValues.Create(".!?…");

    // What may stand between a word and its full stop, or follow the stop: closing brackets, quotes, emphasis.
    private static readonly SearchValues<char> Closers = SearchValues.Create(" )]\"'”’»*_");

    /// <summary>The counts of all blocks together.</summary>
    public static ReadabilityScore Measure(IEnumerable<string> blocks, ReadabilityLanguage? language = null) =>
        blocks.SelectMany(block => Sentences(block, language)).Aggregate(ReadabilityScore.Empty, (total, s) => total.Add(s.Score));

    /// <summary>The sentences of one block of prose, with their words' syllables counted by <paramref name="language"/>'s rules (English by default).</summary>
    public static ImmutableArray<Sentence> Sentences(string text, ReadabilityLanguage? language = null)
    {
        language ??= ReadabilityLanguage.English;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var matches = Word().Matches(text);
        var (start, words, syllables, polysyllables) = (-1, 0, 0, 0);
        for (var k = 0; k < matches.Count; k++)
        {
            var word = matches[k];
            start = start < 0 ? word.Index : start;
            var count = language.CountSyllables(word.Value);
            (words, syllables, polysyllables) = (words + 1, syllables + count, polysyllables + (count >= 3 ? 1 : 0));
            var gapEnd = k + 1 < matches.Count ? matches[k + 1].Index : text.Length;
            if (k + 1 == matches.Count || EndsSentence(text, word, gapEnd, language.Abbreviations))
            {
                sentences.Add(new Sentence(start, gapEnd, new ReadabilityScore(words, 1, syllables, polysyllables)));
                (start, words, syllables, polysyllables) = (-1, 0, 0, 0);
            }
        }

        return sentences.ToImmutable();
    }

    private static bool EndsSentence(string text, Match word, int gapEnd, FrozenSet<string> abbreviations)
    {
        var gap = text.AsSpan(word.Index + word.Length, gapEnd - word.Index - word.Length);
        var stop = gap.IndexOfAny(Stops);
        if (stop < 0 || gap[..stop].ContainsAnyExcept(Closers))
        {
            return false; // no stop, or something (a comma, a colon) comes between the word and the stop
        }

        var after = gap[(stop + 1)..];
        var i = 0;
        while (i < after.Length && after[i] != ' ' && (Stops.Contains(after[i]) || Closers.Contains(after[i])))
        {
            i++;
        }

        if (i < after.Length ? !char.IsWhiteSpace(after[i]) : gapEnd < text.Length)
        {
            return false; // "e.g.," or "ends.Next": no space after the stop
        }

        if (gapEnd < text.Length && char.IsLower(text[gapEnd]))
        {
            return false; // "“Will it hurt?” she asked.": a sentence goes on in lower case
        }

        return gap[stop] != '.' || !IsAbbreviation(text, word, abbreviations);
    }

    private static bool IsAbbreviation(string text, Match word, FrozenSet<string> abbreviations)
    {
        var start = word.Index;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '[' or '"' or '“' or '¿' or '¡' or '«'))
        {
            start--;
        }

        var token = text[start..(word.Index + word.Length)].ToLowerInvariant();
        return abbreviations.Contains(token) || (word.Length == 1 && char.IsUpper(word.Value[0]));
    }

    [GeneratedRegex(@"\p{N}+(?:[.,:]\p{N}+)*%?|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
