using System.Collections.Immutable;

namespace Relevare.Static.Checks;

/// <summary>
/// What <c>data-check-ignore</c> on an element or one of its ancestors switches off: every check (an empty value)
/// or the codes listed (<c>data-check-ignore="RS0716 RS0725"</c>).
/// </summary>
internal sealed record IgnoreRule(bool All, ImmutableHashSet<string> Codes)
{
    public static IgnoreRule None { get; } = new(false, []);

    /// <summary>Every check is off here (<c>data-check-ignore</c> without codes, <c>data-proofer-ignore</c>, an ignored folder).</summary>
    public static IgnoreRule Everything { get; } = new(true, []);

    public bool Covers(string code) => All || Codes.Contains(code);
}
