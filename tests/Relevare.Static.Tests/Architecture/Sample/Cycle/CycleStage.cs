using Relevare.Static.Tests.Architecture.Sample.Early;

namespace Relevare.Static.Tests.Architecture.Sample.Cycle;

/// <summary>
/// A stage of the sample that breaks the order on purpose: the earlier <see cref="EarlyStage"/> uses it, and it uses
/// the root namespace's orchestrator, so Early, Cycle and the root form a cycle.
/// </summary>
internal static class CycleStage
{
    public static int Twice(int input) => input * 2;

    // Through a lambda that captures a local, so the use sits in a compiler-generated nested type.
    public static int Deliberately_uses_the_root(int input)
    {
        Func<int> run = () => SampleOrchestrator.Run(input);
        return run() * 2;
    }
}
