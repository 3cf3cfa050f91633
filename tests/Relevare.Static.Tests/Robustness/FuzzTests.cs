using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;
using Relevare.Static.Site;
using Xunit.Abstractions;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// Deterministic fuzzing: the clinic's real pages, mutated by a seeded <see cref="Random"/> (byte flips and splices of
/// the characters that matter to front matter, YAML, Markdown and HTML), each built in memory with the real
/// site.yml and templates. Whatever the bytes, the build must end with diagnostics or a site — never an exception,
/// never an internal error (RS0009: a library threw), never a case over its time budget, never an output path
/// that could leave the output folder, never active markup. Every case is reproducible from its number alone.
/// </summary>
public sealed class FuzzTests
{
    private const int Cases = 2500;

    // A page is at most a few KB here, so its Markdown parse makes a few thousand deadline checks. The budget is
    // counted, not timed, so a loaded machine cannot fail a case: a case spends it only when a mutation makes
    // Markdig's work blow up (what this guards against), which then shows as RS0304.
    private const long ParseChecksPerCase = 1_000_000;

    private static readonly byte[][] Splices =
    [
        .. new[]
        {
            "---", "---\n", "\n---\n", "[", "]", "](", "*", "**", "_", ">", "> > >", "`", "```", "<!--", "-->", "&", "&#", "&#106;",
            ":", ": ", "\t", "\n", "\r\n", "\r", "\0", "#", "- ", "|", "{", "}", "\"", "'", "!", "![", "<", "<script>", "&amp;",
            "javascript:", "[a](", "\\", "~", "*x*{onclick=x}", "[^1]", "[^1]: ", "&a", "*a", "!!", "? ", "%YAML 1.1\n", "\u2028",
            "\u202E", "\uFEFF", "caf\u0065\u0301",
        }.Select(Encoding.UTF8.GetBytes),
        [0xEF, 0xBB, 0xBF],
        [0xC3],
        [0xFF, 0xFE],
        [0xE2, 0x80],
    ];

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Mutated_real_pages_never_crash_hang_escape_or_publish_markup()
    {
        var pages = InMemorySite.RealContent.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

        // The other pages stay in the site, so links between pages resolve and a mutated page can still build,
        // but with their front matter only: each case then renders one real body, not all of them. Data files
        // (content/_data/people.yml) have no front matter and stay whole.
        var site = new Dictionary<string, byte[]>(InMemorySite.RealSiteWithoutContent, StringComparer.Ordinal);
        foreach (var (path, bytes) in pages)
        {
            site[path] = path.EndsWith(".md", StringComparison.Ordinal) ? FrontMatterOnly(bytes) : bytes;
        }

        // Warm up (JIT, template parsing) outside the measured cases.
        Assert.True(InMemorySite.Build(site, InMemorySite.RealContent.Select(p => (p.Key, p.Value))).Succeeded);

        var failures = new List<string>();
        var slowest = (Case: -1, Time: TimeSpan.Zero, Path: "");
        var succeeded = 0;
        var parser = new HtmlParser();
        var total = Stopwatch.StartNew();

        for (var n = 0; n < Cases; n++)
        {
            var (path, original) = pages[n % pages.Count];
            var mutated = Mutate(original, new Random(n));
            var watch = Stopwatch.StartNew();
            BuildResult result;
            try
            {
                result = InMemorySite.Build(site, [(path, mutated)], new BuildOptions { MarkdownBudget = MarkdownParseBudget.Counted(ParseChecksPerCase, MarkdownRenderer.ParseBudget) });
            }
            catch (Exception e)
            {
                failures.Add($"case {n} ({path}): {e.GetType().Name}: {e.Message}");
                continue;
            }

            watch.Stop();
            if (watch.Elapsed > slowest.Time)
            {
                slowest = (n, watch.Elapsed, path);
            }

            var problem = Check(result, parser);
            if (problem is not null)
            {
                failures.Add($"case {n} ({path}): {problem}");
            }

            succeeded += result.Succeeded ? 1 : 0;
        }

        _output.WriteLine($"{Cases} cases in {total.Elapsed.TotalSeconds:0.0} s, {succeeded} built a site; slowest: case {slowest.Case} ({slowest.Path}) in {slowest.Time.TotalMilliseconds:0} ms");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} cases failed (reproduce one with Mutate(page, new Random(case))):\n" + string.Join("\n", failures.Take(20)));
        Assert.InRange(succeeded, 1, Cases - 1); // the mutations are neither all harmless nor all fatal
    }

    private static byte[] FrontMatterOnly(byte[] page)
    {
        var text = Encoding.UTF8.GetString(page);
        return Encoding.UTF8.GetBytes(text[..(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)]);
    }

    /// <summary>What is wrong with one case's result, or null.</summary>
    private static string? Check(BuildResult result, HtmlParser parser)
    {
        if (result.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.MarkdownTooComplex && d.Message.Contains("to parse", StringComparison.Ordinal)) is { } spent)
        {
            return $"the Markdown parse spent its budget of {ParseChecksPerCase:N0} deadline checks: " + spent;
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.InternalError) is { } internalError)
        {
            return "internal error: " + internalError;
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Line < 0 || d.Column < 0 || d.Path.Length == 0) is { } misplaced)
        {
            return "diagnostic without a usable location: " + misplaced;
        }

        foreach (var file in result.Files)
        {
            if (Path.IsPathRooted(file.Path) || file.Path.Split('/').Any(s => s is ".." or "." or "") || file.Path.Contains('\\', StringComparison.Ordinal) || PortablePath.Problem(file.Path) is not null)
            {
                return $"output path '{file.Path}' is not a contained, portable relative path";
            }

            if (file.Path.EndsWith(".html", StringComparison.Ordinal) && ActiveMarkup.Find(parser, Encoding.UTF8.GetString(file.Content.Span)) is { } active)
            {
                return $"{file.Path} holds active markup: {active}";
            }
        }

        return null;
    }

    /// <summary>One to eight random edits of <paramref name="bytes"/>; the same <paramref name="random"/> seed gives the same result.</summary>
    internal static byte[] Mutate(byte[] bytes, Random random)
    {
        var data = new List<byte>(bytes);
        var edits = random.Next(1, 9);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(data.Count + 1);
            switch (random.Next(6))
            {
                case 0 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] = (byte)random.Next(256);
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(random.Next(1, 64), data.Count - Math.Min(at, data.Count - 1)));
                    break;
                case 3 when data.Count > 0:
                    var start = random.Next(data.Count);
                    var length = Math.Min(random.Next(1, 256), data.Count - start);
                    var copy = data.GetRange(start, length);
                    for (var r = random.Next(1, 4); r > 0; r--)
                    {
                        data.InsertRange(at, copy);
                    }

                    break;
                default:
                    var splice = Splices[random.Next(Splices.Length)];
                    for (var r = random.Next(4) == 0 ? random.Next(2, 200) : 1; r > 0; r--)
                    {
                        data.InsertRange(at, splice);
                    }

                    break;
            }
        }

        return [.. data];
    }
}
