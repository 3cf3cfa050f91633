using Relevare.Static.Checks;

namespace Relevare.Static.Tests.Checks.Rules;

/// <summary>Counts the parses of the page pass: a factory of parsers that count into this object (thread-safe).</summary>
internal sealed class ParseCounter
{
    private int _documents;
    private int _plain;
    private readonly List<string> _texts = [];

    /// <summary>Whole pages parsed.</summary>
    public int Documents => Volatile.Read(ref _documents);

    /// <summary>Other parses (a noscript's content, a body on its own).</summary>
    public int Plain => Volatile.Read(ref _plain);

    /// <summary>The text of every whole page parsed, sorted.</summary>
    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (_texts)
            {
                return [.. _texts.Order(StringComparer.Ordinal)];
            }
        }
    }

    public Func<IPageParser> Factory => () => new Counting(this, new AngleSharpPageParser());

    private sealed class Counting(ParseCounter counter, IPageParser inner) : IPageParser
    {
        public PageDocument ParseDocument(string html)
        {
            Interlocked.Increment(ref counter._documents);
            lock (counter._texts)
            {
                counter._texts.Add(html);
            }

            return inner.ParseDocument(html);
        }

        public PageDocument ParsePlain(string html)
        {
            Interlocked.Increment(ref counter._plain);
            return inner.ParsePlain(html);
        }
    }
}
