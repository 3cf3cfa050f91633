using Markdig.Syntax;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Markdown;

/// <summary>Parsing a page body within its budget: on the calling thread when small, else on a watched thread.</summary>
internal sealed partial class MarkdownRenderer
{
    /// <summary>How long one page may take to parse before it is reported instead of waited for.</summary>
    public static readonly TimeSpan ParseBudget = TimeSpan.FromSeconds(5);

    // Below this size even Markdig's quadratic cases (e.g. "[a](" repeated) parse in well under a second,
    // so the common case stays on the calling thread; larger bodies get a watched thread with a large stack.
    private const int InlineParseChars = 32 * 1024;

    // The parse stops itself at its deadline (ParseDeadline); the watcher waits this much longer before it gives
    // up on a parse stuck where the deadline is not checked, so such a parse is still reported, not waited for.
    private static readonly TimeSpan WatchGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Parses a body. Returns null (with a diagnostic) when Markdig refuses it (nesting too deep) or when it
    /// takes longer than <see cref="ParseBudget"/>: the build reports the file instead of hanging on it.
    /// </summary>
    public static MarkdownDocument? Parse(string path, string body, int bodyFirstLine, List<Diagnostic> diagnostics) =>
        Parse(path, body, bodyFirstLine, diagnostics, MarkdownParseBudget.Time(ParseBudget));

    /// <summary>As <see cref="Parse(string, string, int, List{Diagnostic})"/>, within this renderer's <see cref="Budget"/>.</summary>
    public MarkdownDocument? ParseBody(string path, string body, int bodyFirstLine, List<Diagnostic> diagnostics) =>
        Parse(path, body, bodyFirstLine, diagnostics, Budget);

    /// <summary>As <see cref="Parse(string, string, int, List{Diagnostic})"/>, within another budget (for tests).</summary>
    internal static MarkdownDocument? Parse(string path, string body, int bodyFirstLine, List<Diagnostic> diagnostics, MarkdownParseBudget budget)
    {
        // Made only when reported: every page would otherwise pay for the message.
        var at = new SourceLocation(path, bodyFirstLine, 1);
        Diagnostic TooSlow() => Diagnostic.Error(
            DiagnosticCodes.MarkdownTooComplex, at,
            $"the Markdown took more than {budget.ShownAs.TotalSeconds:0.#} s to parse and was abandoned",
            "look for a long run of unclosed brackets, links or emphasis (often from a bad paste) and remove it");
        try
        {
            if (body.Length <= InlineParseChars)
            {
                return Markdig.Markdown.Parse(body, Pipeline, ParseDeadline.Context(budget));
            }

            MarkdownDocument? document = null;
            Exception? failure = null;
            var worker = new Thread(
                () =>
                {
                    try
                    {
                        document = Markdig.Markdown.Parse(body, Pipeline, ParseDeadline.Context(budget));
                    }
                    catch (Exception e) when (e is ArgumentException or ParseDeadline.ParseTimeoutException)
                    {
                        failure = e;
                    }
                },
                maxStackSize: 16 * 1024 * 1024)
            { IsBackground = true, Name = "markdown " + path };
            worker.Start();
            if (!worker.Join(budget.WatchLimit(WatchGrace)))
            {
                diagnostics.Add(TooSlow());
                return null;
            }

            return failure is null ? document : throw failure;
        }
        catch (ParseDeadline.ParseTimeoutException)
        {
            diagnostics.Add(TooSlow());
            return null;
        }
        catch (ArgumentException e)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MarkdownTooComplex, at,
                "the Markdown is too deeply nested to render (" + e.Message + ")",
                "simplify the nesting of lists, quotes or brackets"));
            return null;
        }
    }
}
