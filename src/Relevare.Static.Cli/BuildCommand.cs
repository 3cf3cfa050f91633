using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Cli;

/// <summary><c>relevare build</c>: build the site, report every problem, publish only on success.</summary>
internal sealed class BuildCommand
{
    private readonly Option<DirectoryInfo> _source = new("--source", "-s")
    {
        Description = "The site's folder (holding site.yml, content/, templates/, assets/).",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    private readonly Option<DirectoryInfo?> _output = new("--output", "-o")
    {
        Description = "Where to write the site [default: <source>/_site]. Replaced as a whole, only when the build succeeds.",
    };

    private readonly Option<bool> _drafts = new("--drafts") { Description = "Also publish pages marked 'draft: true'." };

    private readonly Option<bool> _strict = new("--strict") { Description = "Treat warnings as errors (exit 1, nothing written)." };

    private readonly Option<Uri?> _baseUrl = new("--base-url")
    {
        Description = "Override site.yml's base_url, e.g. for a preview deployment.",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0)
            {
                return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
            }

            result.AddError($"--base-url '{text}' is not an absolute http(s) URL without query or fragment (e.g. https://www.example.com/)");
            return null;
        },
    };

    private readonly Option<string> _format = CliOptions.Format();

    private readonly Option<bool> _timings = new("--timings") { Description = "Print how long each build stage took (to standard error)." };

    private readonly Option<DateOnly?> _today = CliOptions.Today();

    private readonly Option<bool> _verbose = new("--verbose") { Description = "Print the details of an internal error (RS0009) for a bug report." };

    private readonly CliEnvironment _environment;

    public BuildCommand(CliEnvironment environment) => _environment = environment;

    public Command Create()
    {
        var command = new Command("build", "Build the site into the output folder, checking content, templates and links.")
        {
            _source, _output, _drafts, _strict, _baseUrl, _format, _timings, _today, _verbose,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var stopwatch = Stopwatch.StartNew();
        var gcLog = _environment.LogCollections && parse.GetValue(_timings) ? GcLog.Start() : null;
        var source = parse.GetValue(_source)!.FullName;
        var output = (parse.GetValue(_output)?.FullName ?? Path.Combine(source, "_site")).TrimEnd(Path.DirectorySeparatorChar);
        var format = CliOptions.ParseFormat(parse.GetValue(_format));
        var strict = parse.GetValue(_strict);
        var (stdout, stderr) = (_environment.Out, _environment.Error);

        // A green --strict build means every page was checked: the bench-only switch that leaves the checks out
        // cannot give one.
        if (strict && _environment.UncheckedForBenchmarks)
        {
            stderr.WriteLine($"error: {CliEnvironment.UncheckedVariable}=1 leaves the checks of the built pages out, and a --strict build must check every page; unset {CliEnvironment.UncheckedVariable} (it is for bench/run.sh only)");
            return ExitCodes.Usage;
        }

        if (!Directory.Exists(source))
        {
            stderr.WriteLine($"error: the source folder '{source}' does not exist (pass --source DIR)");
            return ExitCodes.Usage;
        }

        if (OutputProblem(source, output) is { } problem)
        {
            stderr.WriteLine($"error: {problem}");
            return ExitCodes.Usage;
        }

        OutputLock? buildLock;
        try
        {
            buildLock = OutputLock.TryAcquire(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CannotWrite(stderr, output, e);
        }

        using var heldLock = buildLock;
        if (buildLock is null)
        {
            stderr.WriteLine($"error: another relevare build is writing {output}; wait for it to finish");
            return ExitCodes.Usage;
        }

        // With the lock held no other build is writing: staging and old folders beside the output are leftovers of
        // a build that was killed (kill -9, a power cut) and would otherwise stay forever.
        var leftovers = OutputLeftovers.Remove(output);
        foreach (var failure in leftovers.Failed)
        {
            stderr.WriteLine($"warning: could not remove a folder left by an interrupted build: {failure}");
        }

        var options = new BuildOptions(parse.GetValue(_drafts), parse.GetValue(_baseUrl))
        {
            OutputFolder = Shown(source, output),
            Today = CliOptions.TodayOr(parse.GetValue(_today), _environment.Clock),
            Checks = !_environment.UncheckedForBenchmarks,
            WarningsFail = strict,
        };
        if (_environment.UncheckedForBenchmarks)
        {
            stderr.WriteLine($"warning: {CliEnvironment.UncheckedVariable}=1: the built pages are not checked (links, structure, safety: RS07xx); this is for measuring what the checks cost only. Unset {CliEnvironment.UncheckedVariable} to build a site you can publish");
        }

        // Pages are written into a staging folder as they are rendered, and it is swapped in only when the build
        // succeeded. When it cannot be created (a read-only folder, say) the site is built in memory all the same,
        // so that its problems are reported as usual; the write error is reported only for a build that would publish.
        StagingOutput? staging = null;
        Exception? writeError = null;
        try
        {
            staging = StagingOutput.Open(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            writeError = e;
        }

        // The progress line (interactive terminals only) is erased before anything else is printed.
        var progress = new BuildProgress();
        BuildResult result;
        bool failed;
        TimeSpan writeStarted;
        string? notRemoved = null;
        using (_environment.ShowProgress ? ProgressDisplay.Start(progress, stderr, clock: _environment.Clock) : null)
        {
            try
            {
                gcLog?.BuildStarted = Stopwatch.GetTimestamp();
                result = SiteBuilder.Build(new PhysicalSourceFileSystem(source, oneBuild: true), options, progress: progress, images: new DiskImageCache(source), output: staging);
                failed = !result.Succeeded || (strict && result.WarningCount > 0);
                writeStarted = stopwatch.Elapsed;
                if (!failed && staging is not null)
                {
                    try
                    {
                        staging.Commit();
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        writeError = e;
                    }
                }
            }
            finally
            {
                notRemoved = Abandon(staging);
            }
        }

        if (!failed && writeError is not null)
        {
            return CannotWrite(stderr, output, writeError, notRemoved);
        }

        var writing = stopwatch.Elapsed - writeStarted;
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (parse.GetValue(_timings))
        {
            foreach (var timing in result.Timings)
            {
                var collected = timing.Collections is (0, 0, 0) ? "" : string.Create(
                    CultureInfo.InvariantCulture, $"  GC {timing.Collections.Gen0}/{timing.Collections.Gen1}/{timing.Collections.Gen2} paused {timing.GcPause.TotalMilliseconds:0} ms");
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Stage,-14} {timing.Elapsed.TotalMilliseconds,8:0} ms {timing.AllocatedBytes / (1024.0 * 1024),8:0.0} MiB allocated  CPU {timing.Cpu.TotalMilliseconds:0} ms{collected}"));
            }

            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"swap",-14} {writing.TotalMilliseconds,8:0} ms"));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-14} {seconds * 1000,8:0} ms (since the command started)"));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  runtime: {JitInfo.GetCompiledMethodCount()} methods compiled at run time ({JitInfo.GetCompilationTime().TotalMilliseconds:0} ms); {(GCSettings.IsServerGC ? "server" : "workstation")} GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB allocated"));
            stderr.WriteLine(GcTimings.Survivors());
            foreach (var line in gcLog?.Lines(result.Timings) ?? [])
            {
                stderr.WriteLine(line);
            }
        }

        var exit = !failed ? ExitCodes.Success
            : result.Diagnostics.Any(d => d.IsError && DiagnosticCodes.IsConfiguration(d.Code)) ? ExitCodes.Usage
            : ExitCodes.Errors;
        var summary = failed
            ? $"Build failed: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}{(strict && result.ErrorCount == 0 ? " (--strict)" : "")} — {Describe(output)}"
            : string.Create(CultureInfo.InvariantCulture, $"Built {Count(result.PageCount, "page")} in {seconds:0.00} s — {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}");

        if (notRemoved is not null)
        {
            stderr.WriteLine(notRemoved);
        }

        if (format == OutputFormat.Json)
        {
            DiagnosticPrinter.PrintJson(stdout, result.Diagnostics, json =>
            {
                json.WriteBoolean("succeeded", !failed);
                json.WriteNumber("exit_code", exit);
                json.WriteNumber("pages", result.PageCount);
                json.WriteNumber("errors", result.ErrorCount);
                json.WriteNumber("warnings", result.WarningCount);
                json.WriteNumber("seconds", Math.Round(seconds, 3));
                json.WriteString("output", output);
                json.WriteString("summary", summary);
                json.WriteStartArray("removed_leftovers");
                foreach (var folder in leftovers.Removed)
                {
                    json.WriteStringValue(folder);
                }

                json.WriteEndArray();
            });
            return exit;
        }

        // GitHub reads workflow commands (annotations) from standard output.
        DiagnosticPrinter.PrintText(_environment.GitHubActions ? stdout : stderr, result.Diagnostics, _environment.GitHubActions, parse.GetValue(_verbose));
        foreach (var folder in leftovers.Removed)
        {
            stdout.WriteLine($"Removed {folder}, left by an interrupted build");
        }

        stdout.WriteLine(summary);
        if (!failed)
        {
            stdout.WriteLine($"Site written to {output}");
        }

        return exit;
    }

    /// <summary>Refuses outputs whose replacement would destroy sources or an unrelated folder.</summary>
    internal static string? OutputProblem(string source, string output)
    {
        // As written, and then where the paths really lead: an --output reached through a symbolic link (or a
        // source folder that is one) is judged by the folder it would actually replace.
        string realSource, realOutput;
        try
        {
            (realSource, realOutput) = (RealPath.Of(source), RealPath.Of(output));
        }
        catch (IOException e)
        {
            return $"--output '{output}' cannot be checked: {e.Message}. Choose a folder reached without that link";
        }

        var through = realOutput == output ? "" : $" (through symbolic links: '{realOutput}')";
        foreach (var (sourceRoot, outputRoot) in new[] { (source, output), (realSource, realOutput) })
        {
            var sourceFolder = sourceRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var outputFolder = outputRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (sourceFolder.StartsWith(outputFolder, StringComparison.Ordinal))
            {
                return $"--output '{output}'{through} contains the source folder; building would replace the sources. Choose an empty or new folder such as '{Path.Combine(source, "_site")}'";
            }

            foreach (var folder in new[] { "content", "templates", "assets" })
            {
                // The sources' folders may be links themselves: their real folders are protected as well.
                var written = Path.Combine(sourceRoot, folder);
                foreach (var protectedRoot in new[] { written, RealOrAsWritten(written) }.Select(p => p + Path.DirectorySeparatorChar))
                {
                    if (outputFolder.StartsWith(protectedRoot, StringComparison.Ordinal))
                    {
                        return $"--output '{output}'{through} is inside {folder}/; choose a folder outside the site's sources";
                    }
                }
            }
        }

        if (!SiteWriter.MayReplace(output))
        {
            return $"--output '{output}' holds files that relevare did not write (no {SiteWriter.MarkerFile} marker); it would be replaced as a whole. Choose an empty or new folder, or delete this one";
        }

        return null;
    }

    private static string RealOrAsWritten(string path)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (IOException)
        {
            return path; // a loop of links: nothing can be written through it either
        }
    }

    /// <summary>The output folder as check findings name it: like content paths, relative to the source folder.</summary>
    private static string Shown(string source, string output)
    {
        var relative = Path.GetRelativePath(source, output);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? output : relative).Replace('\\', '/');
    }

    private static int CannotWrite(TextWriter stderr, string output, Exception e, string? notRemoved = null)
    {
        stderr.WriteLine($"error: could not write the site to {output}: {e.Message}");
        stderr.WriteLine("  hint: check free disk space and write permission; the previous site was left unchanged");
        if (notRemoved is not null)
        {
            stderr.WriteLine(notRemoved);
        }

        return ExitCodes.Errors;
    }

    // Removes the staging folder of a build that did not publish (a no-op after a commit), or says why it could not.
    private static string? Abandon(StagingOutput? staging)
    {
        try
        {
            staging?.Dispose();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"warning: could not remove the staging folder {staging!.Staging}: {e.Message}; the next build removes it";
        }
    }

    private static string Describe(string output) =>
        Directory.Exists(output) ? $"the previous site in {output} was left unchanged" : $"nothing was written to {output}";

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
