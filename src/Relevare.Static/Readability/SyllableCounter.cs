using System.Collections.Frozen;
using System.Globalization;

namespace Relevare.Static.Readability;

/// <summary>
/// Counts the syllables of an English word, as readability formulas need. No dictionary of all words ships
/// with the build, so this is the usual approach of readability tools: count groups of vowels, then correct the
/// groups that English spells but does not say (a silent final <c>e</c>, <c>-ed</c>, <c>-es</c>) and the vowel
/// pairs it says as two (<c>be·ing</c>, <c>vi·o·lin</c>, <c>ac·tu·al</c>), with a short list of words whose
/// spelling misleads any rule. Acronyms are read letter by letter (<c>NMDA</c> = 4) and numbers count as one
/// syllable. Tested against dictionary counts in the test suite; like every such counter it is an estimate.
/// </summary>
internal static class SyllableCounter
{
    // Spellings no rule here gets right, with their dictionary syllable counts (Merriam-Webster).
    private static readonly FrozenDictionary<string, int> Exceptions = """
        acne 2, apostrophe 4, area 3, bacteria 4, business 2, catastrophe 4, create 2, created 3
        creates 2, creating 3, creation 3, creative 3, every 2, everyone 3, everything 3, everywhere 3
        different 3, evening 2, element 3, elements 3, family 3, friend 1, friends 1, friendly 2, idea 3
        ideas 3, india 3, media 3, naive 2, nausea 2, poem 2, poet 2, react 2, reaction 3, reactions 3
        real 1, really 2, recipe 3, rhythm 2, science 2, sciences 3, simile 3, usually 3, whole 1
        someone 2, somewhere 2, sometimes 2, something 2, anyone 3, lifestyle 2, vehicle 3, available 4
        coyote 3, karate 3, sesame 3, epitome 4, hyperbole 4, anemone 4, adobe 3, maybe 2
        """
        .Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(entry => entry.Split(' '))
        .ToFrozenDictionary(pair => pair[0], pair => int.Parse(pair[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    // Suffixes said as their own syllable(s) after a stem that keeps its own count: safe·ly, treat·ment.
    private static readonly (string Suffix, int Syllables)[] Suffixes =
        [("ments", 1), ("ment", 1), ("ness", 1), ("less", 1), ("fully", 2), ("ful", 1), ("ly", 1)];

    /// <summary>The syllables of <paramref name="word"/> (a word as the tokenizer finds it: letters, digits,
    /// inner apostrophes and hyphens); at least 1 for any word with a letter or digit.</summary>
    public static int Count(string word)
    {
        var total = 0;
        foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            total += CountPart(part);
        }

        return Math.Max(total, word.Any(char.IsLetterOrDigit) ? 1 : 0);
    }

    private static int CountPart(string part)
    {
        if (part.All(c => !char.IsLetter(c)))
        {
            return part.Any(char.IsDigit) ? 1 : 0;
        }

        var letters = new string(part.Where(char.IsLetter).ToArray());
        if (letters.Length is >= 2 and <= 5 && letters.All(char.IsUpper) && part.All(char.IsLetter))
        {
            return letters.Sum(c => c is 'W' ? 3 : 1); // an acronym, read letter by letter
        }

        return CountWord(letters.ToLowerInvariant());
    }

    private static int CountWord(string w)
    {
        if (Exceptions.TryGetValue(w, out var known))
        {
            return known;
        }

        foreach (var (suffix, syllables) in Suffixes)
        {
            if (w.Length >= suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal) && HasVowel(w[..^suffix.Length]))
            {
                return CountWord(w[..^suffix.Length]) + syllables;
            }
        }

        if (w.Length <= 3)
        {
            return 1;
        }

        var count = VowelGroups(w);

        // A final e is silent after a consonant (make, ketamine), except in a syllable -le (ta·ble, peo·ple).
        if (w[^1] == 'e' && !IsVowel(w, w.Length - 2) && !(w[^2] == 'l' && !IsVowel(w, w.Length - 3)))
        {
            count--;
        }

        // -es is silent (makes, measures) except after a hissing sound (doses, boxes, changes) or in -les (ta·bles).
        else if (w.EndsWith("es", StringComparison.Ordinal) && !IsVowel(w, w.Length - 3)
            && !(w[^3] is 's' or 'x' or 'z' || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
                || w.EndsWith("ges", StringComparison.Ordinal) || w.EndsWith("ces", StringComparison.Ordinal)
                || (w[^3] == 'l' && !IsVowel(w, w.Length - 4))))
        {
            count--;
        }

        // -ed is silent (based, called) except after t or d (want·ed, need·ed).
        else if (w.EndsWith("ed", StringComparison.Ordinal) && !IsVowel(w, w.Length - 3) && w[^3] is not ('t' or 'd'))
        {
            count--;
        }

        count += SplitPairs(w);
        return Math.Max(count, 1);
    }

    // Vowel pairs spelt together but said apart.
    private static int SplitPairs(string w)
    {
        var extra = 0;
        for (var i = 1; i < w.Length; i++)
        {
            var (before, a, b) = (i >= 2 ? w[i - 2] : ' ', w[i - 1], w[i]);
            var after = i + 1 < w.Length ? w[i + 1] : ' ';
            extra += (a, b) switch
            {
                // be·ing, go·ing, see·ing, play·ing
                (_, 'i') when IsVowelChar(a) && w.EndsWith("ing", StringComparison.Ordinal) && i == w.Length - 3 => 1,

                // ac·tu·al, us·u·al, in·di·vid·u·al (not e·qual, lin·gual)
                ('u', 'a') when after == 'l' && before is not ('q' or 'g') => 1,

                // vi·o·lin, pe·ri·od, se·ri·ous (not na·tion, re·li·gious, mil·lion, on·ion)
                ('i', 'o') when before is not ('t' or 's' or 'c' or 'x' or 'g' or 'l' or 'n' or 'h') => 1,

                // dis·so·ci·a·tion, ra·di·a·tion (not in·i·tial)
                ('i', 'a') when after == 't' => 1,

                // vi·de·o, the·o·ry (not peo·ple, sur·geon, gor·geous)
                ('e', 'o') when before is not ('p' or 'g') && after != 'u' => 1,

                // di·et, cli·ent, ex·pe·ri·ence (not pa·tient, an·cient)
                ('i', 'e') when after is 'n' or 't' && before is not ('t' or 'c') && i >= 2 => 1,

                // ear·li·er, eas·i·est
                ('i', 'e') when (w.EndsWith("ier", StringComparison.Ordinal) && i == w.Length - 2)
                    || (w.EndsWith("iest", StringComparison.Ordinal) && i == w.Length - 3) => 1,
                _ => 0,
            };
        }

        // mech·a·nism, spas·m: a final -sm is a syllable of its own
        if (w.EndsWith("sm", StringComparison.Ordinal))
        {
            extra++;
        }

        return extra;
    }

    private static int VowelGroups(string w)
    {
        var groups = 0;
        var inGroup = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = IsVowel(w, i);
            if (vowel && !inGroup)
            {
                groups++;
            }

            inGroup = vowel;
        }

        return groups;
    }

    // y is a vowel except before a vowel at the start of a word (you, yes).
    private static bool IsVowel(string w, int i) =>
        i >= 0 && i < w.Length && (IsVowelChar(w[i]) || (w[i] == 'y' && !(i == 0 && w.Length > 1 && IsVowelChar(w[1]))));

    private static bool IsVowelChar(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool HasVowel(string w) => w.Any(c => IsVowelChar(c) || c == 'y');
}
