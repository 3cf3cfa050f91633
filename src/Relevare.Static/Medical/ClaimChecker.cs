using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Diagnostics;
using Relevare.Static.Readability;

namespace Relevare.Static.Medical;

/// <summary>
/// Flags strong claims made without evidence (FTC health claims guidance), sentence by sentence: a sentence that
/// uses risky wording ("cure", "guaranteed", "for good", "completely safe", "miracle", "100%", "no side effects")
/// and cites nothing itself gives an RS0610 warning at the word, even when another sentence of the same
/// paragraph cites a source (that source backs its own sentence, not this one). Wording that is negated just
/// before ("there is no cure", "is not guaranteed", "not a miracle") is the careful kind and is left alone;
/// "no side effects" is itself the claim, so it is always checked. "For good" is an idiom only at the end of a
/// thought ("gone for good"), not before the noun it qualifies ("for good reason", "for good sleep").
/// </summary>
internal sealed class ClaimChecker
{
    private static readonly FrozenSet<string> Negations = new[]
    {
        "not", "no", "never", "cannot", "can't", "can’t", "isn't", "isn’t", "aren't", "aren’t", "won't", "won’t",
        "without", "nor", "neither", "nothing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Nouns after "for good" that make it an adjective ("for good reason"), not the promise "for good" (= forever).
    private const string ForGoodNouns = "reason|reasons|measure|health|sleep|care|practice|cause|causes|use|habits|results|quality|nutrition";

    private readonly ImmutableArray<(string Phrase, Regex Pattern)> _phrases;

    public ClaimChecker(IEnumerable<string> phrases) =>
        _phrases = [.. phrases.Select(p => (p, new Regex(Pattern(p), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))))];

    /// <summary>Reports risky wording in the sentences of <paramref name="blocks"/> that cite no source.</summary>
    public void Check(string path, int bodyFirstLine, IEnumerable<ProseBlock> blocks, List<Diagnostic> diagnostics)
    {
        foreach (var block in blocks)
        {
            var found = new SortedDictionary<int, Match>();
            foreach (var (phrase, pattern) in _phrases)
            {
                foreach (Match match in pattern.Matches(block.Text))
                {
                    // The longest phrase at a place wins: "no side effects" rather than a shorter listed phrase inside it.
                    if ((!found.TryGetValue(match.Index, out var other) || other.Length < match.Length)
                        && (phrase.StartsWith("no ", StringComparison.OrdinalIgnoreCase) || !IsNegated(block.Text, match.Index)))
                    {
                        found[match.Index] = match;
                    }
                }
            }

            if (found.Count == 0)
            {
                continue;
            }

            var sentences = ReadabilityAnalyzer.Sentences(block.Text);
            foreach (var match in found.Values.Where(m => !IsCited(block, sentences, m.Index)))
            {
                var (line, column) = block.PositionOf(match.Index);
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.UncitedClaim, new SourceLocation(path, bodyFirstLine + line, column + 1),
                    $"'{match.Value}' makes a strong claim, and this sentence cites no source",
                    "cite the study that supports it in the same sentence ([@key]; a citation elsewhere in the paragraph does not count), or soften the wording (e.g. 'may help', 'some patients')"));
            }
        }
    }

    // The phrase as a whole-word pattern: spaces and hyphens match either; "for good" not before a noun it qualifies.
    private static string Pattern(string phrase)
    {
        var words = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"[\s\-]+", words.Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
        return string.Equals(phrase, "for good", StringComparison.OrdinalIgnoreCase)
            ? pattern + @"(?!\s+(?:" + ForGoodNouns + @")(?![\p{L}\p{N}]))"
            : pattern;
    }

    // True when the sentence holding the character at index (its words, its full stop or the space after it) cites a source.
    private static bool IsCited(ProseBlock block, ImmutableArray<Sentence> sentences, int index)
    {
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            if (index < sentence.End)
            {
                return block.CitesBetween(previousEnd, sentence.End);
            }

            previousEnd = sentence.End;
        }

        return block.CitesBetween(previousEnd, block.Text.Length + 1);
    }

    // True when one of the three words before the match, in the same sentence, is a negation.
    private static bool IsNegated(string text, int index)
    {
        var sentenceStart = text.AsSpan(0, index).LastIndexOfAny(".!?;") + 1;
        var words = text[sentenceStart..index].Split([' ', ',', '(', '"', '“', '*', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.TakeLast(3).Any(Negations.Contains);
    }
}
