using System.Text;
using Relevare.Static.Tests.Fixtures;
using Relevare.Static.Tests.Publishing;

namespace Relevare.Static.Tests.Checks.Scanner;

/// <summary>
/// Mutation fuzzing with a fixed seed: real pages (the clinic's and the fixtures') with small random edits — a
/// character or a tag deleted, duplicated or inserted — must either fall back or give AngleSharp's tree.
/// </summary>
public sealed class HtmlScannerFuzzTests
{
    private static readonly string[] Snippets =
    [
        "<p>", "</p>", "<div>", "</div>", "<a href=x>", "</a>", "<li>", "</li>", "<dd>", "<table>", "</table>", "<tr>", "<td>",
        "</td>", "<tbody>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<!---->", "&amp;", "&amp", "&#0;",
        "&#x41;", "&", "<svg>", "<br/>", "<br>", "</br>", "<b>", "</b>", "<pre>", "<pre>\n", "<noscript>", "</noscript>", "<title>",
        "</title>", "<body>", "</body>", "<html>", "</html>", "<head>", "</head>", "<h2>", "</h2>", "<form>", "</form>", "<button>",
        "<img src=x onerror=y>", "<span/>", "<hr>", "<input>", "</scr\u0131pt>", " onclick=x", "=", "\"", "'", "`", "<", ">", "/",
        "\0", "\r", "\r\n", "\uFFFF", "\uD800", "\t", "\n", "\f", " ",
    ];

    [Fact]
    public void Mutated_real_pages_fall_back_or_give_AngleSharps_tree()
    {
        var pages = SeedPages();
        var random = new Random(16);
        var scanned = 0;
        var fellBack = 0;
        for (var round = 0; round < 4000; round++)
        {
            var (path, html) = pages[random.Next(pages.Count)];
            var mutated = new StringBuilder(html);
            var edits = random.Next(1, 4);
            for (var edit = 0; edit < edits; edit++)
            {
                Mutate(mutated, random);
            }

            if (PageTreeComparison.ScanAndCompare(mutated.ToString(), $"{path} mutated in round {round}") is null)
            {
                fellBack++;
            }
            else
            {
                scanned++;
            }
        }

        // Both outcomes must be common, or the fuzzing proves little: many edits (a space, a newline, a character
        // of text, a deleted paragraph) keep a page inside the subset.
        Assert.True(scanned >= 400, $"only {scanned} of the mutated pages were scanned (fell back: {fellBack})");
        Assert.True(fellBack >= 400, $"only {fellBack} of the mutated pages fell back (scanned: {scanned})");
    }

    private static void Mutate(StringBuilder page, Random random)
    {
        var at = random.Next(page.Length);
        switch (random.Next(5))
        {
            case 0:
                page.Remove(at, 1);
                break;
            case 1:
                page.Insert(at, Snippets[random.Next(Snippets.Length)]);
                break;
            case 2:
            case 3:
                // A whole tag (from a '<' to the next '>'), deleted or duplicated.
                var text = page.ToString();
                var lt = text.IndexOf('<', at);
                var gt = lt < 0 ? -1 : text.IndexOf('>', lt);
                if (gt < 0)
                {
                    break;
                }

                var tag = text[lt..(gt + 1)];
                if (random.Next(2) == 0)
                {
                    page.Remove(lt, tag.Length);
                }
                else
                {
                    page.Insert(random.Next(page.Length), tag);
                }

                break;
            default:
                page[at] = "<>/=\"'&;#!- \nap"[random.Next(15)];
                break;
        }
    }

    private static List<(string Path, string Html)> SeedPages()
    {
        var pages = ClinicSite.Result.Files
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f.Path, Encoding.UTF8.GetString(f.Content.Span)))
            .ToList();
        foreach (var fixture in RepositoryPaths.FixtureNames())
        {
            var expected = Path.Combine(RepositoryPaths.Fixture(fixture), "expected");
            if (Directory.Exists(expected))
            {
                pages.AddRange(Directory.EnumerateFiles(expected, "*.html", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(f => (Path.GetRelativePath(RepositoryPaths.FixturesRoot, f), File.ReadAllText(f))));
            }
        }

        return pages.OrderBy(p => p.Item1, StringComparer.Ordinal).ToList();
    }
}
