using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Diagnostics;
using Relevare.Static.Readability;

namespace Relevare.Static.Medical;

/// <summary>
/// Flags strong claims made without evidence (FTC health claims guidance): a paragraph that uses risky wording
/// ("cure", "guaranteed", "proven", "permanent", "100%", "no side effects") and cites nothing gives an RS0610
/// warning at the word. Wording that is negated just before ("there is no cure", "is not guaranteed") is the
/// careful kind and is left alone; "no side effects" is itself the claim, so it is always checked.
/// </summary>
internal sealed class ClaimChecker
{
    private static readonly FrozenSet<string> Negations = new[]
    {
        "not", "no", "never", "cannot", "can't", "can’t", "isn't", "isn’t", "aren't", "aren’t", "won't", "won’t",
        "without", "nor", "neither", "nothing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly ImmutableArray<(string Phrase, Regex Pattern)> _phrases;

    public ClaimChecker(IEnumerable<string> phrases) =>
        _phrases = [.. phrases.Select(p => (p, new Regex(
            @"(?<![\p{L}\p{N}])" + string.Join(@"[\s\-]+", p.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))))];

    /// <summary>Reports risky wording in the uncited paragraphs of <paramref name="blocks"/>.</summary>
    public void Check(string path, int bodyFirstLine, IEnumerable<ProseBlock> blocks, List<Diagnostic> diagnostics)
    {
        foreach (var block in blocks.Where(b => !b.HasCitation))
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

            foreach (var match in found.Values)
            {
                var (line, column) = block.PositionOf(match.Index);
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.UncitedClaim, new SourceLocation(path, bodyFirstLine + line, column + 1),
                    $"'{match.Value}' makes a strong claim, and this paragraph cites no source",
                    "cite the study that supports it in the same paragraph ([@key]), or soften the wording (e.g. 'may help', 'some patients')"));
            }
        }
    }

    // True when one of the three words before the match, in the same sentence, is a negation.
    private static bool IsNegated(string text, int index)
    {
        var sentenceStart = text.AsSpan(0, index).LastIndexOfAny(".!?;") + 1;
        var words = text[sentenceStart..index].Split([' ', ',', '(', '"', '“', '*', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.TakeLast(3).Any(Negations.Contains);
    }
}
