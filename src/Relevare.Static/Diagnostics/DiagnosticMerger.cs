using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Relevare.Static.Diagnostics;

/// <summary>
/// Merges identical findings into one, so that one broken image used on 825 pages is one line, not 825:
/// <c>content/a.md:3:1: error RS0701: … (and 824 more: content/b.md:9:4, content/c.md:2:1, content/d.md:7:1, …)</c>.
/// Findings are identical when their severity, code, message and hint are, not counting the HTML place or page
/// that the checks add in parentheses at the end of a message ("(in _site/a/index.html:12:5)"). The merged finding is
/// the first one, with every other place in <see cref="Diagnostic.Also"/> (all of them, for JSON).
/// </summary>
public static partial class DiagnosticMerger
{
    /// <summary>How many of the other places the one-line form names before "…".</summary>
    public const int PlacesShown = 3;

    /// <summary><paramref name="diagnostics"/> with identical findings merged, in the order of each one's first occurrence.</summary>
    public static ImmutableArray<Diagnostic> Merge(IEnumerable<Diagnostic> diagnostics)
    {
        var groups = new Dictionary<(DiagnosticSeverity, string, string, string?), List<Diagnostic>>();
        var order = new List<List<Diagnostic>>();
        foreach (var diagnostic in diagnostics)
        {
            var key = (diagnostic.Severity, diagnostic.Code, Place().Replace(diagnostic.Message, ""), diagnostic.Hint);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
                order.Add(group);
            }

            group.Add(diagnostic);
        }

        return [.. order.Select(g => g.Count == 1 ? g[0] : g[0] with
        {
            Also = [.. g.Skip(1).SelectMany(d => d.Also.Insert(0, new SourceLocation(d.Path, d.Line, d.Column)))],
        })];
    }

    /// <summary>The text a merged finding's line ends with: " (and 824 more: a.md:3:1, b.md:9:4, c.md:1:1, …)"; empty when nothing was merged.</summary>
    public static string MoreText(ImmutableArray<SourceLocation> also)
    {
        if (also.IsDefaultOrEmpty)
        {
            return "";
        }

        var shown = string.Join(", ", also.Take(PlacesShown).Select(Format));
        return string.Create(CultureInfo.InvariantCulture, $" (and {also.Length} more: {shown}{(also.Length > PlacesShown ? ", …" : "")})");
    }

    /// <summary>A place as <c>path:line:col</c>, line and column at least 1, as in diagnostics.</summary>
    public static string Format(SourceLocation at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.Path}:{Math.Max(at.Line, 1)}:{Math.Max(at.Column, 1)}");

    // The place the checks append: "(in _site/a/index.html:3:4)", "(page built from content/a.md)", "(page _site/a/index.html)".
    [GeneratedRegex(@" \((in|page built from|from the Markdown of|page) [^()]*\)$")]
    private static partial Regex Place();
}
