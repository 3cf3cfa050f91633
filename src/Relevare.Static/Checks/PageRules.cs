using System.Collections.Immutable;

namespace Relevare.Static.Checks;

/// <summary>
/// The rules one pass runs over a page, in order — the pipeline the rules are registered on, as Markdig's
/// extensions are on its <c>MarkdownPipeline</c>. Immutable: <see cref="With"/> gives a new list.
/// </summary>
internal sealed class PageRules
{
    private PageRules(ImmutableArray<PageRule> rules) => Rules = rules;

    /// <summary>No rule: a pass with it parses nothing.</summary>
    public static PageRules None { get; } = new([]);

    /// <summary>The checks of a page on its own (structure, images, links, safety), as every build and <c>relevare check</c> run them.</summary>
    public static PageRules Checks { get; } = new([new StructureRule(), new ImageRule(), new LinkRule(), new SafetyRule()]);

    /// <summary>The rules, in the order they see each element.</summary>
    public ImmutableArray<PageRule> Rules { get; }

    /// <summary>These rules and then <paramref name="rule"/> (none when it is null).</summary>
    public PageRules With(PageRule? rule) => rule is null ? this : new([.. Rules, rule]);
}
