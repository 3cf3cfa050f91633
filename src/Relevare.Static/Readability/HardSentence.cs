namespace Relevare.Static.Readability;

/// <summary>One of the sentences that make a page hard to read, so an editor knows what to rewrite first.</summary>
/// <param name="Line">The 1-based line of the Markdown file where the sentence starts.</param>
/// <param name="Column">The 1-based column where it starts.</param>
/// <param name="Grade">The sentence's own score on its page's scale: its Flesch–Kincaid grade (English), or its INFLESZ score (Spanish; lower is harder).</param>
/// <param name="Excerpt">Its first words, as a reader sees them (at most about 60 characters, "…" when cut).</param>
public sealed record HardSentence(int Line, int Column, double Grade, string Excerpt)
{
    /// <summary>The longest excerpt kept before it is cut at a word.</summary>
    public const int MaxExcerptLength = 60;

    /// <summary>The excerpt of <paramref name="sentence"/>: its whitespace collapsed and, when long, cut at a word with "…".</summary>
    public static string ExcerptOf(string sentence)
    {
        var text = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxExcerptLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxExcerptLength);
        return text[..(cut > 0 ? cut : MaxExcerptLength)].TrimEnd(',', ';', ':', '-', '–') + "…";
    }
}
