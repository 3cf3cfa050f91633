using System.Collections.Immutable;
using Markdig.Syntax;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Citations;

/// <summary>
/// Connects a page's citations to its references: numbers them in order of first citation, reports a key with
/// no reference at its Markdown line (RS0607, an error: a claim would point at nothing) and a reference that is
/// never cited (RS0608, a warning: probably a forgotten citation or a leftover).
/// </summary>
internal static class CitationResolver
{
    /// <summary>
    /// The key of the data the citation parser sets on a document once it made a citation there: a document without
    /// it has none, and is not walked inline by inline to find them (most pages cite nothing).
    /// </summary>
    public static readonly object HasCitations = new();

    /// <summary>The id of a reference's entry in the reference list, e.g. <c>ref-niesters2014</c>.</summary>
    public static string ReferenceId(string key) => "ref-" + key;

    /// <summary>The id of the first citation of a reference, e.g. <c>cite-niesters2014</c>.</summary>
    public static string CitationId(string key) => "cite-" + key;

    /// <summary>Numbers the citations of <paramref name="document"/> in place and returns the numbered references.</summary>
    public static PageCitations Resolve(
        string path, MarkdownDocument document, int bodyFirstLine, ImmutableArray<Reference> references, List<Diagnostic> diagnostics)
    {
        var byKey = references.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var citations = document.GetData(HasCitations) is true ? document.Descendants<CitationInline>() : [];
        foreach (var citation in citations)
        {
            for (var i = 0; i < citation.Keys.Length; i++)
            {
                var key = citation.Keys[i];
                total++;
                if (!byKey.ContainsKey(key.Key))
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.UnknownCitation, new SourceLocation(path, bodyFirstLine + key.Line, key.Column + 1),
                        $"the citation '@{key.Key}' has no entry in this page's references",
                        references.IsEmpty
                            ? "add the source to the front matter under 'references:' with key, authors, title, year and doi"
                            : Suggestions.Closest(key.Key, byKey.Keys) is { } closest
                                ? $"did you mean '{closest}'?"
                                : $"this page's references are {string.Join(", ", references.Select(r => r.Key))}; add the source under 'references:' if it is a new one"));
                    continue;
                }

                if (!numbers.TryGetValue(key.Key, out var number))
                {
                    number = numbers.Count + 1;
                    numbers[key.Key] = number;
                    citation.AnchorIds[i] = CitationId(key.Key);
                }

                citation.Numbers[i] = number;
                counts[key.Key] = counts.GetValueOrDefault(key.Key) + 1;
            }
        }

        var numbered = ImmutableArray.CreateBuilder<CitedReference>(references.Length);
        numbered.AddRange(references.Where(r => numbers.ContainsKey(r.Key)).OrderBy(r => numbers[r.Key])
            .Select(r => new CitedReference(numbers[r.Key], r, counts[r.Key], CitationId(r.Key))));
        foreach (var unused in references.Where(r => !numbers.ContainsKey(r.Key)))
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.UnusedReference, unused.Location,
                $"the reference '{unused.Key}' is never cited in the text",
                $"cite it where the page relies on it with [@{unused.Key}], or remove it from 'references'"));
            numbered.Add(new CitedReference(numbered.Count + 1, unused, 0, null));
        }

        return new PageCitations(numbered.MoveToImmutable(), total);
    }
}
