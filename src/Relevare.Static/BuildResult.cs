using System.Collections.Immutable;
using Relevare.Static.Diagnostics;
using Relevare.Static.Medical;
using Relevare.Static.Output;

namespace Relevare.Static;

/// <summary>
/// The outcome of a build: every diagnostic, and the files to publish (empty when there are errors, and when the
/// build wrote them into an <see cref="IOutputSink"/>: see <see cref="Written"/>).
/// </summary>
public sealed record BuildResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<OutputFile> Files, int PageCount)
{
    /// <summary>How long each pipeline stage took, in order (for <c>--timings</c>; never part of the output).</summary>
    public ImmutableArray<StageTiming> Timings { get; init; } = [];

    /// <summary>Reviews, readability and citations of every published page (for <c>relevare report</c>), or null
    /// when site.yml has no <c>medical:</c> section or could not be read.</summary>
    public ContentHealth? Health { get; init; }

    /// <summary>How many published image files were encoded and how many reused (cache or unchanged copies).</summary>
    public Images.ImageStatistics Images { get; init; } = Relevare.Static.Images.ImageStatistics.None;

    /// <summary>
    /// How many files the build handed to its <see cref="IOutputSink"/> (0 without one): every file of the site
    /// when it succeeded; when it failed, the pages written before the failure was known, which are not to be published.
    /// </summary>
    public int Written { get; init; }

    /// <summary>
    /// True when, while the pages were rendered, one showed that the build would fail, and the pages rendered after
    /// it were not handed to the <see cref="IOutputSink"/> (a signal for speed only: see <c>Checks.FailureForecast</c>).
    /// </summary>
    internal bool StoppedWriting { get; init; }

    /// <summary>True when nothing stops publishing.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
