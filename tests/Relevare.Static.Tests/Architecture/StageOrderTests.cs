using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Relevare.Static.Tests.Architecture;

/// <summary>
/// The core's stage order is enforced, not a convention: a namespace uses only the namespaces of earlier stages
/// (<see cref="StageOrder"/>), no two namespaces use each other in a circle, and every namespace has a place in the
/// order. The sample types under <c>Architecture/Sample</c> show that the same checks fail on a deliberate cycle.
/// </summary>
public sealed class StageOrderTests
{
    private const string Sample = "Relevare.Static.Tests.Architecture.Sample";
    private const string Early = Sample + ".Early";
    private const string Late = Sample + ".Late";
    private const string Cycle = Sample + ".Cycle";

    private static readonly Assembly Core = typeof(SiteBuilder).Assembly;

    private static readonly Lazy<NamespaceGraph> CoreGraph = new(() => new NamespaceGraph(Types.InAssembly(Core), StageOrder.Core));

    [Fact]
    public void Each_namespace_of_the_core_uses_only_earlier_stages()
    {
        var backward = CoreGraph.Value.BackwardUses(StageOrder.Core).ToList();

        Assert.True(backward.Count == 0, "The stage order (docs/architecture.md) is broken:\n" + string.Join('\n', backward));
    }

    [Fact]
    public void The_core_has_no_namespace_cycle()
    {
        var cycles = CoreGraph.Value.Cycles();

        Assert.True(cycles.Count == 0, "Namespaces that use each other: " + string.Join("; ", cycles.Select(c => string.Join(" ⇄ ", c))));
    }

    [Fact]
    public void Each_source_file_of_the_core_imports_only_earlier_stages()
    {
        // The compiled check cannot see constants (they are copied into their users) nor documentation references;
        // a using directive can, and IDE0005 keeps every using needed.
        var backward = BackwardImports(Path.Combine(Fixtures.RepositoryPaths.RepositoryRoot, "src", "Relevare.Static"), StageOrder.Core);

        Assert.True(backward.Count == 0, "The stage order (docs/architecture.md) is broken:\n" + string.Join('\n', backward));
    }

    [Fact]
    public void The_source_check_fails_on_the_deliberate_cycle()
    {
        var sample = Path.Combine(Fixtures.RepositoryPaths.RepositoryRoot, "tests", "Relevare.Static.Tests", "Architecture", "Sample");

        Assert.Empty(BackwardImports(sample, [Early, Late, Sample]));
        Assert.Equal([$"Early/EarlyStage.cs ({Early}) imports {Cycle}, a later stage"], BackwardImports(sample, [Early, Late, Cycle, Sample]));
    }

    [Fact]
    public void Every_namespace_of_the_core_has_a_place_in_the_stage_order()
    {
        var namespaces = Core.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n == "Relevare.Static" || n.StartsWith("Relevare.Static.", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(StageOrder.Core.Order(StringComparer.Ordinal), namespaces);
    }

    [Fact]
    public void The_stage_order_in_the_architecture_guide_is_the_one_enforced()
    {
        var guide = File.ReadAllText(Path.Combine(Fixtures.RepositoryPaths.RepositoryRoot, "docs", "architecture.md"));
        var section = Regex.Match(guide, @"<!-- stage-order -->\n```text\n(.*?)```", RegexOptions.Singleline);
        Assert.True(section.Success, "docs/architecture.md has no ```text block after <!-- stage-order -->");

        var folders = section.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ')[0]);

        Assert.Equal(StageOrder.Core.Select(n => n == "Relevare.Static" ? "SiteBuilder.cs" : n["Relevare.Static.".Length..] + "/"), folders);
    }

    [Fact]
    public void The_rule_passes_stages_that_use_only_earlier_ones()
    {
        var graph = Graph(Early, Late, Sample);

        Assert.Empty(graph.BackwardUses([Early, Late, Sample]));
        Assert.Empty(graph.Cycles());
    }

    [Fact]
    public void The_rule_fails_on_a_deliberate_cycle_and_names_each_type_that_breaks_the_order()
    {
        var graph = Graph(Early, Late, Cycle, Sample);

        var backward = graph.BackwardUses([Early, Late, Cycle, Sample]).ToList();

        Assert.Equal(
            [
                $"{Early}.EarlyStage ({Early}) uses {Cycle}, a later stage",
                $"{Cycle}.CycleStage ({Cycle}) uses {Sample}, a later stage",
            ],
            backward);
        Assert.Equal([Sample, Cycle, Early], Assert.Single(graph.Cycles()));
    }

    [Fact]
    public void The_rule_fails_when_two_real_stages_are_swapped()
    {
        List<string> swapped = [.. StageOrder.Core];
        var templating = swapped.IndexOf("Relevare.Static.Templating");
        var publishing = swapped.IndexOf("Relevare.Static.Publishing");
        Assert.Equal(templating + 1, publishing);
        (swapped[templating], swapped[publishing]) = (swapped[publishing], swapped[templating]);

        var backward = CoreGraph.Value.BackwardUses(swapped).ToList();

        Assert.Contains("Relevare.Static.Publishing.PublishingStage (Relevare.Static.Publishing) uses Relevare.Static.Templating, a later stage", backward);
        Assert.All(backward, b => Assert.Contains("(Relevare.Static.Publishing) uses Relevare.Static.Templating,", b, StringComparison.Ordinal));
    }

    // Each using directive of a file under folder that names a later namespace of order than the file's own.
    private static List<string> BackwardImports(string folder, IReadOnlyList<string> order)
    {
        var rank = order.Select((ns, i) => (ns, i)).ToDictionary(p => p.ns, p => p.i, StringComparer.Ordinal);
        var backward = new List<string>();
        var separator = Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var ns = Regex.Match(text, @"^namespace ([\w.]+);", RegexOptions.Multiline).Groups[1].Value;
            foreach (var used in Regex.Matches(text, @"^using ([\w.]+);", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
            {
                if (rank.TryGetValue(ns, out var from) && rank.TryGetValue(used, out var to) && to > from)
                {
                    backward.Add($"{Path.GetRelativePath(folder, file).Replace(separator, '/')} ({ns}) imports {used}, a later stage");
                }
            }
        }

        return backward;
    }

    private static NamespaceGraph Graph(params string[] namespaces) =>
        new(Types.InAssembly(typeof(StageOrderTests).Assembly), namespaces);
}
