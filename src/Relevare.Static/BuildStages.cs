using System.Collections.Concurrent;
using System.Collections.Immutable;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;

namespace Relevare.Static;

/// <summary>
/// Runs the pipeline's stages for <see cref="SiteBuilder"/>: times each one (<see cref="StageTimer"/>), keeps the
/// progress display up to date (<see cref="BuildProgress"/>), runs per-page stages in parallel and collects their
/// diagnostics, so that the orchestrator lists the stages and nothing else.
/// </summary>
internal sealed class BuildStages(BuildProgress? progress, List<Diagnostic> diagnostics)
{
    private const int PagesPerRange = 16;

    private readonly StageTimer _timer = new();

    /// <summary>Runs a whole-site stage, timed under <paramref name="name"/>; <paramref name="shown"/>, when given, is what the progress display says meanwhile.</summary>
    public T Run<T>(string name, Func<T> stage, string? shown = null)
    {
        if (shown is not null)
        {
            progress?.Start(shown);
        }

        var result = stage();
        _timer.Stop(name);
        return result;
    }

    /// <summary>Runs a whole-site stage that has no result of its own (it adds diagnostics).</summary>
    public void Run(string name, Action stage) => Run(name, () =>
    {
        stage();
        return true;
    });

    /// <summary>
    /// Runs work over <paramref name="total"/> items that says when each is done (the <see cref="Action"/> it is
    /// given), shown as <paramref name="shown"/> with a count; part of a stage (it is not timed on its own).
    /// </summary>
    public T Counted<T>(string shown, int total, Func<Action, T> stage)
    {
        progress?.Start(shown, total);
        return stage(() => progress?.Advance());
    }

    /// <summary>
    /// Runs <paramref name="work"/> on every item in parallel (pages are independent in these stages) and keeps the
    /// results in input order, for determinism; their diagnostics are collected. A library failing on one file (a
    /// bug, ours or theirs) becomes an error on that file, not a crash of the build.
    /// </summary>
    public PageResult<T>[] ForEachPage<TIn, T>(string name, string shown, IReadOnlyList<TIn> items, Func<TIn, string> pathOf, Func<TIn, PageResult<T>> work)
        where T : class
    {
        var results = Run(name, () => Counted(shown, items.Count, advance => Parallel(items, pathOf, work, advance)));
        diagnostics.AddRange(results.SelectMany(r => r.Diagnostics));
        return results;
    }

    /// <summary>Like a page's stage, a bug in a whole-site stage becomes an error on site.yml, which asked for it, not a crash.</summary>
    public T Guarded<T>(string what, string path, Func<T> stage, T fallback)
    {
        try
        {
            return stage();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InternalError, SourceLocation.File(path),
                $"internal error while {what} ({e.GetType().Name}: {e.Message})",
                "this is a bug in relevare: please report it with the site attached (--verbose shows the details)") with
            { Details = e.ToString() });
            return fallback;
        }
    }

    /// <summary>The build's result: every diagnostic (sorted by path, line, column, code), the files to write and the timings.</summary>
    public BuildResult Finish(ImmutableArray<OutputFile> files, int pages) =>
        new(
            [.. diagnostics.Distinct()
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)],
            files,
            pages)
        {
            Timings = _timer.Results,
        };

    private static PageResult<T>[] Parallel<TIn, T>(IReadOnlyList<TIn> items, Func<TIn, string> pathOf, Func<TIn, PageResult<T>> work, Action advance)
        where T : class
    {
        var results = new PageResult<T>[items.Count];
        if (items.Count == 0)
        {
            return results;
        }

        // Small ranges: the default (a third of the pages per core) leaves one core idle while the other finishes
        // its last range; pages cost about the same, so 16 at a time balances well at a negligible cost.
        System.Threading.Tasks.Parallel.ForEach(Partitioner.Create(0, items.Count, PagesPerRange), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                try
                {
                    results[i] = work(items[i]);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    var path = pathOf(items[i]);
                    results[i] = new(path, null, [Diagnostic.Error(
                        DiagnosticCodes.InternalError, SourceLocation.File(path),
                        $"internal error while building this file ({e.GetType().Name}: {e.Message})",
                        "this is a bug in relevare: please report it with this file attached (--verbose shows the details)") with { Details = e.ToString() }]);
                }

                advance();
            }
        });
        return results;
    }
}
