namespace Relevare.Static.Templating;

/// <summary>
/// HTML that templates print without escaping. Only the engine creates it (the rendered Markdown body and the
/// output of <c>include</c>); a template cannot turn a string into RawHtml, so content can never become markup.
/// </summary>
internal sealed record RawHtml(string Html)
{
    /// <summary>The HTML (filters that treat it as text see the markup, and their result is escaped again).</summary>
    public override string ToString() => Html;
}
