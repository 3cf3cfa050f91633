using Relevare.Static.Tests.Architecture.Sample.Early;

namespace Relevare.Static.Tests.Architecture.Sample.Late;

/// <summary>A later stage of the sample that uses only the earlier one, as a stage should.</summary>
internal static class LateStage
{
    public static int Value(int input) => EarlyStage.Value(input) * 3;
}
