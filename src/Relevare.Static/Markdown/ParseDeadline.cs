using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Relevare.Static.Markdown;

/// <summary>
/// Makes a Markdig parse stop itself once its time is up. Markdig cannot be cancelled and a .NET thread cannot be
/// aborted, so an abandoned parse of a quadratic input (<c>[a](</c> repeated) would keep a core busy for tens of
/// seconds after the build moved on. This inline parser is tried first at every character some other inline
/// parser reacts to (where Markdig's quadratic rescans start), never matches, and throws
/// <see cref="ParseTimeoutException"/> once the deadline stored in the parse's context has passed.
/// </summary>
internal sealed class ParseDeadline : InlineParser
{
    private static readonly object Key = new();

    private ParseDeadline(char[] openingCharacters) => OpeningCharacters = openingCharacters;

    /// <summary>
    /// Puts the check in front of the pipeline's inline parsers, for exactly the characters they react to (so no
    /// new character becomes special and Markdig splits and renders text as before). Call it after enabling the
    /// other extensions: it is set up last, when their inline parsers are known.
    /// </summary>
    public static void AddTo(MarkdownPipelineBuilder builder) => builder.Extensions.Add(new Extension());

    /// <summary>A parser context that carries a deadline: <paramref name="budget"/>, starting now.</summary>
    public static MarkdownParserContext Context(MarkdownParseBudget budget)
    {
        var context = new MarkdownParserContext();
        context.Properties[Key] = budget.Start();
        return context;
    }

    // The last parse context this thread asked about, and its budget's function (null: no deadline). A parse runs on
    // one thread and asks at every character an inline parser reacts to, so the lookup in the context's dictionary
    // is made once per parse instead (it was a few percent of rendering a page). Holding the context keeps it alive,
    // so a new parse's context can never be mistaken for it.
    [ThreadStatic]
    private static MarkdownParserContext? t_context;

    [ThreadStatic]
    private static Func<bool>? t_spent;

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var context = processor.Context;
        if (!ReferenceEquals(context, t_context))
        {
            t_context = context;
            t_spent = context?.Properties.TryGetValue(Key, out var spent) == true ? (Func<bool>)spent : null;
        }

        if (t_spent?.Invoke() == true)
        {
            throw new ParseTimeoutException();
        }

        return false;
    }

    private sealed class Extension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
            // The emphasis parser learns its characters ('*', '_') only when the pipeline is built, after this setup:
            // its descriptors name them already.
            var characters = pipeline.InlineParsers
                .SelectMany(p => p.OpeningCharacters ?? (p is EmphasisInlineParser emphasis ? [.. emphasis.EmphasisDescriptors.Select(d => d.Character)] : []))
                .Distinct()
                .Order()
                .ToArray();
            pipeline.InlineParsers.Insert(0, new ParseDeadline(characters));
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
        }
    }

    /// <summary>Thrown inside Markdig when the deadline has passed; caught by <see cref="MarkdownRenderer.Parse(string, string, int, List{Diagnostics.Diagnostic})"/>.</summary>
    internal sealed class ParseTimeoutException : Exception
    {
        public ParseTimeoutException()
            : base("the Markdown parse ran out of time")
        {
        }
    }
}
