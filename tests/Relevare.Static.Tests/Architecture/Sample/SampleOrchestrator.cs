using Relevare.Static.Tests.Architecture.Sample.Early;

namespace Relevare.Static.Tests.Architecture.Sample;

/// <summary>The sample's root namespace, like the core's <c>SiteBuilder</c>: the last stage, using the ones before it.</summary>
internal static class SampleOrchestrator
{
    public static int Run(int input) => EarlyStage.Value(input);
}
