using System.Collections.Immutable;
using System.Text;

namespace Relevare.Static.Readability;

/// <summary>
/// Divides a Spanish word into its orthographic syllables (Ortografía de la lengua española, RAE 2010, §4.1), as the
/// Spanish readability formulas count them. Spanish spelling is regular enough for rules alone, no word list:
/// <list type="bullet">
/// <item>a, e, o (and accented á, é, ó) are strong (open) vowels; i, u, ü weak (closed). The Ortografía fixes, whatever
/// the speaker's accent, which vowels share a syllable (ch. II, §3.4.2): a weak vowel without a written accent joins
/// a strong one (a diphthong: <c>cie·lo</c>, <c>pie</c>, <c>guion</c>; a triphthong: <c>buey</c>, <c>lim·piáis</c>), and
/// two different weak vowels always join, accented or not (<c>ciu·dad</c>, <c>rui·do</c>, <c>lin·güís·ti·ca</c>); two
/// strong vowels, a weak one with an accent (í, ú) beside a strong one, and the same vowel twice are said apart (a
/// hiatus: <c>le·er</c>, <c>dí·a</c>, <c>re·ú·ne</c>, <c>chi·i·ta</c>).</item>
/// <item>an h between vowels is silent and changes nothing (ch. II, "Secuencias vocálicas"): <c>prohi·bi·ción</c> and
/// <c>de·sahu·cio</c> are diphthongs, <c>bú·ho</c> and <c>de·he·sa</c> hiatuses.</item>
/// <item>the u of <c>que, qui, gue, gui</c> is silent (<c>que·so</c>, <c>gui·ta·rra</c>); with a diaeresis it is
/// said (<c>pin·güi·no</c>).</item>
/// <item>y is a vowel at the end of a word or before a consonant (<c>hoy</c>, <c>muy</c>, the word <c>y</c>), a
/// consonant before a vowel (<c>ra·yo</c>).</item>
/// <item>ch, ll and rr are one consonant each (<c>mu·cho</c>, <c>ca·lle</c>, <c>pe·rro</c>); a consonant followed by
/// l or r (pr, bl, tr, …, not dl) starts a syllable together (<c>ha·blar</c>, <c>o·tro</c>); other consonants between
/// vowels split, the last one going with the next vowel (<c>can·sa·do</c>, <c>ins·tan·te</c>).</item>
/// </list>
/// A word in capitals of two to five letters is an abbreviation read letter by letter (<c>NMDA</c> = e·ne e·me de a,
/// 6); a number counts as one syllable, as in the English counter.
/// </summary>
internal static class SpanishSyllableCounter
{
    // The syllables of the names of the letters (RAE), for abbreviations read letter by letter: efe, hache, uve doble…
    private static int LetterName(char c) => c switch
    {
        'F' or 'H' or 'J' or 'L' or 'M' or 'N' or 'Ñ' or 'R' or 'S' or 'V' or 'X' or 'Z' => 2,
        'W' or 'Y' => 3,
        _ => 1,
    };

    /// <summary>The syllables of <paramref name="word"/> (a word as the tokenizer finds it); at least 1 for any word with a letter or digit.</summary>
    public static int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var total = 0;
        foreach (var part in word.Split(['-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.All(c => !char.IsLetter(c)))
            {
                total += part.Any(char.IsDigit) ? 1 : 0;
                continue;
            }

            var letters = new string([.. part.Where(char.IsLetter)]);
            total += letters.Length is >= 2 and <= 5 && letters.All(char.IsUpper) && part.All(char.IsLetter)
                ? letters.Sum(LetterName)
                : Math.Max(1, Syllabify(letters).Length);
        }

        return Math.Max(total, word.Any(char.IsLetterOrDigit) ? 1 : 0);
    }

    /// <summary>The syllables of one word of letters, in order, lower case (e.g. <c>["gui", "ta", "rra"]</c>).</summary>
    public static ImmutableArray<string> Syllabify(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var units = Units(word.ToLowerInvariant());
        var nuclei = Nuclei(units);
        if (nuclei.Count == 0)
        {
            return units.Count == 0 ? [] : [string.Concat(units.Select(u => u.Text))];
        }

        // Each syllable starts where its onset starts; the consonants between two nuclei are shared out by the rules above.
        var starts = new List<int> { 0 };
        for (var k = 1; k < nuclei.Count; k++)
        {
            var (from, to) = (nuclei[k - 1].End, nuclei[k].Start); // consonant units from..to-1
            var n = to - from;
            starts.Add(n switch
            {
                0 or 1 => from,
                2 => StartsTogether(units[from], units[from + 1]) ? from : from + 1,
                _ => StartsTogether(units[to - 2], units[to - 1]) ? to - 2 : to - 1,
            });
        }

        var syllables = ImmutableArray.CreateBuilder<string>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : units.Count;
            var text = new StringBuilder();
            for (var i = starts[k]; i < end; i++)
            {
                text.Append(units[i].Text);
            }

            syllables.Add(text.ToString());
        }

        return syllables.MoveToImmutable();
    }

    private enum Kind
    {
        Consonant,
        Strong,
        Weak,
        AccentedWeak,
    }

    private sealed record Unit(string Text, Kind Kind)
    {
        public bool IsVowel => Kind != Kind.Consonant;
    }

    private static List<Unit> Units(string w)
    {
        var units = new List<Unit>();
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var afterNext = i + 2 < w.Length ? w[i + 2] : '\0';
            if ((c is 'q' or 'g') && next == 'u' && afterNext is 'e' or 'i' or 'é' or 'í')
            {
                units.Add(new Unit(w.Substring(i, 2), Kind.Consonant)); // que, gui: the u is not said
                i++;
            }
            else if ((c == 'c' && next == 'h') || (c == 'l' && next == 'l') || (c == 'r' && next == 'r'))
            {
                units.Add(new Unit(w.Substring(i, 2), Kind.Consonant));
                i++;
            }
            else if (c == 'y')
            {
                units.Add(new Unit("y", IsVowelLetter(next) ? Kind.Consonant : Kind.Weak));
            }
            else
            {
                units.Add(new Unit(c.ToString(), KindOf(c)));
            }
        }

        return units;
    }

    private static Kind KindOf(char c) => c switch
    {
        'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'à' or 'è' or 'ò' => Kind.Strong,
        'i' or 'u' or 'ü' or 'ï' => Kind.Weak,
        'í' or 'ú' or 'ì' or 'ù' => Kind.AccentedWeak,
        _ => Kind.Consonant,
    };

    private static bool IsVowelLetter(char c) => KindOf(c) != Kind.Consonant;

    // The vowel nuclei as unit ranges [Start, End): a run of vowels is one nucleus unless two of them are said apart.
    private static List<(int Start, int End)> Nuclei(List<Unit> units)
    {
        var nuclei = new List<(int Start, int End)>();
        for (var i = 0; i < units.Count; i++)
        {
            if (!units[i].IsVowel)
            {
                continue;
            }

            // The vowel before, right beside this one or across a silent h (pro·hi → prohi).
            var before = nuclei.Count == 0 ? -1
                : nuclei[^1].End == i ? i - 1
                : nuclei[^1].End == i - 1 && units[i - 1].Text == "h" ? i - 2
                : -1;
            if (before >= 0 && !Hiatus(units[before], units[i]))
            {
                nuclei[^1] = (nuclei[^1].Start, i + 1);
            }
            else
            {
                nuclei.Add((i, i + 1));
            }
        }

        return nuclei;
    }

    // The Ortografía's hiatuses (§3.4.2.3.1): two strong vowels; an accented weak vowel beside a strong one; the same
    // weak vowel twice (chi·i·ta, du·un·vi·ro). Two different weak vowels are a diphthong even with an accent (lin·güís·ti·ca).
    private static bool Hiatus(Unit before, Unit after) => (before.Kind, after.Kind) switch
    {
        (Kind.Strong, Kind.Strong) => true,
        (Kind.AccentedWeak, Kind.Strong) or (Kind.Strong, Kind.AccentedWeak) => true,
        (Kind.Weak, Kind.Strong) or (Kind.Strong, Kind.Weak) => false,
        _ => WeakVowel(before) == WeakVowel(after),
    };

    // Which weak vowel a unit is, i or u, whatever its accent or diaeresis (y as a vowel is an i).
    private static char WeakVowel(Unit unit) => unit.Text[0] is 'u' or 'ú' or 'ü' or 'ù' ? 'u' : 'i';

    // pr, br, tr, dr, cr, gr, fr, kr, pl, bl, cl, gl, fl, kl: said together at the start of a syllable (not dl, and
    // tl is split as in Spain: at·las).
    private static bool StartsTogether(Unit first, Unit second) =>
        first.Text is "p" or "b" or "c" or "g" or "f" or "k" or "t" or "d"
        && (second.Text == "r" || (second.Text == "l" && first.Text is not ("d" or "t")));
}
