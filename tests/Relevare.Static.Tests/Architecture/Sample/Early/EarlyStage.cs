using Relevare.Static.Tests.Architecture.Sample.Cycle;

namespace Relevare.Static.Tests.Architecture.Sample.Early;

/// <summary>The first stage of the architecture tests' sample: it uses a later stage, <see cref="CycleStage"/>, on purpose.</summary>
internal static class EarlyStage
{
    public static int Value(int input) => input + 1;

    public static int Deliberately_uses_a_later_stage(int input) => CycleStage.Twice(input);
}
