using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;
using Relevare.Static.Publishing;

namespace Relevare.Static.Cli;

/// <summary>
/// <c>relevare check</c>: the build's own output checks, run on any folder of HTML. Exit 0 when clean, 1 when
/// something is wrong (or, with --strict, worth a warning), 2 for usage and configuration mistakes.
/// </summary>
internal sealed class CheckCommand
{
    /// <summary>Where --external keeps the URLs that worked, unless --cache says otherwise.</summary>
    public const string DefaultCachePath = ".relevare-cache/external-links.json";

    private readonly Option<DirectoryInfo> _site = new("--site")
    {
        Description = "The folder of HTML to check, e.g. _site.",
        Required = true,
    };

    private readonly Option<FileInfo?> _config = new("--config")
    {
        Description = "A site.yml whose 'checks:' levels and base_url apply (base_url makes absolute links to the site internal).",
    };

    private readonly Option<OutputFormat> _format = new("--format")
    {
        Description = "How to report: 'text' (file:line:col lines) or 'json' (for tools).",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    private readonly Option<bool> _strict = new("--strict") { Description = "Treat warnings as errors (exit 1)." };

    private readonly Option<bool> _external = new("--external") { Description = "Also check external http(s) links (needs the network)." };

    private readonly Option<int> _concurrency = new("--concurrency")
    {
        Description = "With --external: requests at once (at most 2 per host).",
        DefaultValueFactory = _ => 8,
    };

    private readonly Option<int> _timeout = new("--timeout")
    {
        Description = "With --external: seconds to wait for each answer.",
        DefaultValueFactory = _ => 10,
    };

    private readonly Option<int> _retries = new("--retries")
    {
        Description = "With --external: extra attempts after a timeout, network error, 5xx or 429.",
        DefaultValueFactory = _ => 2,
    };

    private readonly Option<string> _cache = new("--cache")
    {
        Description = "With --external: the cache file of URLs that worked ('none' for no cache).",
        DefaultValueFactory = _ => DefaultCachePath,
    };

    private readonly Option<int> _cacheHours = new("--cache-hours")
    {
        Description = "With --external: how many hours a URL that worked is trusted without asking again.",
        DefaultValueFactory = _ => 24,
    };

    private readonly CheckScopeOptions _scope = new();

    private readonly CliEnvironment _environment;
    private readonly Func<TimeSpan, ILinkProbe> _probeFactory;
    private readonly TimeProvider _time;

    public CheckCommand(CliEnvironment environment, Func<TimeSpan, ILinkProbe>? probeFactory = null, TimeProvider? time = null)
    {
        _environment = environment;
        _probeFactory = probeFactory ?? (timeout => new HttpLinkProbe(HttpLinkProbe.CreateClient(), timeout));
        _time = time ?? TimeProvider.System;
    }

    public Command Create()
    {
        var command = new Command("check", "Check a folder of built HTML: links, fragments, page structure, accessibility basics and safety.")
        {
            _site, _config, _format, _strict, _external, _concurrency, _timeout, _retries, _cache, _cacheHours,
        };
        foreach (var option in _scope.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(parse, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = (_environment.Out, _environment.Error);
        var siteArgument = parse.GetValue(_site)!;
        var site = siteArgument.FullName;
        if (!Directory.Exists(site))
        {
            stderr.WriteLine($"error: the folder '{siteArgument}' does not exist (pass --site DIR, e.g. --site _site)");
            return ExitCodes.Usage;
        }

        if (parse.GetValue(_concurrency) < 1 || parse.GetValue(_timeout) < 1 || parse.GetValue(_retries) < 0 || parse.GetValue(_cacheHours) < 0)
        {
            stderr.WriteLine("error: --concurrency and --timeout must be at least 1, --retries and --cache-hours at least 0");
            return ExitCodes.Usage;
        }

        var format = parse.GetValue(_format);
        var configDiagnostics = new List<Diagnostic>();
        var config = parse.GetValue(_config) is { } configFile ? LoadConfig(configFile, configDiagnostics) : null;
        if (configDiagnostics.Any(d => d.IsError))
        {
            DiagnosticPrinter.PrintText(stderr, configDiagnostics, _environment.GitHubActions);
            return ExitCodes.Usage;
        }

        var prefix = Prefix(siteArgument.ToString());
        var scopeErrors = new List<string>();
        var options = _scope.Apply(parse, new CheckOptions(
            prefix,
            config?.BaseUrl,
            config?.Checks ?? ImmutableSortedDictionary<string, CheckLevel>.Empty)
        { Clinic = config?.Clinic }, scopeErrors);
        if (options is null)
        {
            foreach (var message in scopeErrors)
            {
                stderr.WriteLine($"error: {message}");
            }

            return ExitCodes.Usage;
        }

        // The medical output rules run where site.yml has 'medical:', the Content-Security-Policy rule where the
        // folder's _headers sends a policy it can judge (relevare's own, or a stricter one).
        var headers = Path.Combine(site, "_headers");
        var policy = File.Exists(headers) ? DeclaredPolicy.Of(File.ReadAllText(headers)) : null;
        if (policy is not null && !DeclaredPolicy.IsAtLeastAsStrict(policy))
        {
            stderr.WriteLine("note: _headers sends a Content-Security-Policy that allows more than relevare's, so pages are not checked against it (RS0803)");
        }

        var result = new SiteChecker(options, rules: SiteChecker.Default(options, config, policy)).Check(ReadSite(site, options));
        var diagnostics = result.Diagnostics.ToList();

        ExternalCheckResult? external = null;
        if (parse.GetValue(_external))
        {
            external = await CheckExternalAsync(parse, result, new FindingReporter(options), cancellationToken).ConfigureAwait(false);
            diagnostics = [.. diagnostics.Concat(external.Diagnostics)
                .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var strict = parse.GetValue(_strict);
        var exit = errors > 0 || (strict && warnings > 0) ? ExitCodes.Errors : ExitCodes.Success;
        var pages = diagnostics.Select(d => d.Path).Distinct(StringComparer.Ordinal).Count();
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Checked {Count(result.Pages, "page")}{ExternalSummary(external)}: {Count(errors, "error")}, {Count(warnings, "warning")}{(pages > 0 ? $" in {Count(pages, "file")}" : "")}{(strict && errors == 0 && warnings > 0 ? " (--strict)" : "")}");

        if (format == OutputFormat.Json)
        {
            DiagnosticPrinter.PrintJson(stdout, diagnostics, json =>
            {
                json.WriteBoolean("succeeded", exit == ExitCodes.Success);
                json.WriteNumber("exit_code", exit);
                json.WriteNumber("pages", result.Pages);
                json.WriteNumber("errors", errors);
                json.WriteNumber("warnings", warnings);
                json.WriteNumber("external_urls", external?.Urls ?? 0);
                json.WriteString("site", site);
                json.WriteString("summary", summary);
            });
            return exit;
        }

        DiagnosticPrinter.PrintText(stderr, diagnostics, _environment.GitHubActions);
        stdout.WriteLine(summary);
        return exit;
    }

    private async Task<ExternalCheckResult> CheckExternalAsync(ParseResult parse, CheckResult result, FindingReporter reporter, CancellationToken cancellationToken)
    {
        var cachePath = parse.GetValue(_cache) is { } path && path != "none" ? path : null;
        var options = new ExternalCheckOptions(
            parse.GetValue(_concurrency), parse.GetValue(_retries), TimeSpan.FromSeconds(1), TimeSpan.FromHours(parse.GetValue(_cacheHours)));
        var cache = LinkCache.Load(cachePath);
        var checker = new ExternalLinkChecker(_probeFactory(TimeSpan.FromSeconds(parse.GetValue(_timeout))), options, _time);
        var external = await checker.CheckAsync(result.ExternalLinks, reporter, cache, cancellationToken).ConfigureAwait(false);
        if (cachePath is not null)
        {
            cache.Save(cachePath, _time.GetUtcNow(), options.CacheMaxAge);
        }

        return external;
    }

    private static SiteConfig? LoadConfig(FileInfo file, List<Diagnostic> diagnostics)
    {
        if (!file.Exists)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigMissing, SourceLocation.File(file.ToString()), $"the file '{file}' does not exist", "pass the site's site.yml, or leave out --config"));
            return null;
        }

        var found = new List<Diagnostic>();
        var text = SourceText.Decode(SiteConfigLoader.FileName, File.ReadAllBytes(file.FullName), found);
        var config = text is null ? null : SiteConfigLoader.Load(text, found);

        // The loader names the file site.yml; report it as the user passed it.
        diagnostics.AddRange(found.Select(d => d.Path == SiteConfigLoader.FileName ? d with { Path = file.ToString().Replace('\\', '/') } : d));
        return config;
    }

    // Only HTML is read; other files just have to exist (images are not opened, so big sites stay cheap).
    private static List<OutputFile> ReadSite(string site, CheckOptions options)
    {
        var files = new PhysicalSourceFileSystem(site);
        return files.EnumerateFiles("")
            .Select(path => new OutputFile(path, options.IsPage(path) ? files.ReadAllBytes(path) : ReadOnlyMemory<byte>.Empty))
            .ToList();
    }

    /// <summary>The --site folder as the user typed it, so reported paths are clickable from where they are.</summary>
    private static string Prefix(string typed)
    {
        var folder = typed.Replace('\\', '/').TrimEnd('/');
        return folder is "" or "." ? "" : folder + "/";
    }

    private static string ExternalSummary(ExternalCheckResult? external) => external is null
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $" and {Count(external.Urls, "external URL")} ({external.FromCache} from the cache)");

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
