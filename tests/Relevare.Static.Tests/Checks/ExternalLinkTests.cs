using System.Collections.Concurrent;
using System.Net;
using Relevare.Static.Checks;
using Relevare.Static.Cli;

namespace Relevare.Static.Tests.Checks;

public sealed class ExternalLinkTests : IDisposable
{
    private static readonly ExternalCheckOptions Options = new(Concurrency: 4, Retries: 2, RetryDelay: TimeSpan.Zero, CacheMaxAge: TimeSpan.FromHours(24));
    private static readonly FindingSite Site = new("index.html", 7, 1, null, null, false, IgnoreRule.None);

    private readonly string _temp = Directory.CreateTempSubdirectory("relevare-external-").FullName;
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task A_404_is_reported_at_every_element_that_uses_the_url_without_retrying()
    {
        var probe = new ScriptedProbe(_ => new ProbeResult(false, 404, "HTTP 404 Not Found", Retryable: false));
        var link = new ExternalLink(new Uri("https://gone.example/page"), [Site, Site with { Line = 9 }]);

        var result = await Checker(probe).CheckAsync([link], Reporter(), LinkCache.Load(null), CancellationToken.None);

        Assert.Equal(["RS0740 index.html:7:1", "RS0740 index.html:9:1"], CheckHarness.Summaries(result.Diagnostics.OrderBy(d => d.Line)));
        Assert.Contains("HTTP 404", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, probe.Calls["https://gone.example/page"]);
    }

    [Fact]
    public async Task Transient_failures_are_retried_and_can_recover()
    {
        var attempts = 0;
        var probe = new ScriptedProbe(_ => Interlocked.Increment(ref attempts) < 3
            ? new ProbeResult(false, 503, "HTTP 503", Retryable: true)
            : new ProbeResult(true, 200, null, Retryable: false));

        var result = await Checker(probe).CheckAsync([Link("https://flaky.example/")], Reporter(), LinkCache.Load(null), CancellationToken.None);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task Retries_stop_after_the_limit()
    {
        var probe = new ScriptedProbe(_ => new ProbeResult(false, null, "no answer within 10 s", Retryable: true));
        var result = await Checker(probe).CheckAsync([Link("https://slow.example/")], Reporter(), LinkCache.Load(null), CancellationToken.None);
        Assert.Single(result.Diagnostics);
        Assert.Equal(1 + Options.Retries, probe.Calls["https://slow.example/"]);
    }

    [Fact]
    public async Task Concurrency_is_limited_overall_and_per_host()
    {
        var probe = new ScriptedProbe(_ => new ProbeResult(true, 200, null, false), delay: TimeSpan.FromMilliseconds(20));
        var links = Enumerable.Range(0, 12).Select(i => Link($"https://host{i % 3}.example/{i}")).ToList();

        await Checker(probe, Options with { Concurrency = 3 }).CheckAsync(links, Reporter(), LinkCache.Load(null), CancellationToken.None);

        Assert.True(probe.MaxInFlight <= 3, $"max in flight {probe.MaxInFlight}");
        Assert.True(probe.MaxInFlightPerHost <= ExternalCheckOptions.PerHost, $"max per host {probe.MaxInFlightPerHost}");
        Assert.Equal(12, probe.Calls.Count);
    }

    [Fact]
    public async Task Urls_that_worked_are_cached_until_they_expire_and_failures_are_not_cached()
    {
        var cachePath = Path.Combine(_temp, "cache", "links.json");
        var probe = new ScriptedProbe(url => url.Host == "ok.example"
            ? new ProbeResult(true, 200, null, false)
            : new ProbeResult(false, 410, "HTTP 410 Gone", false));
        ExternalLink[] links = [Link("https://ok.example/"), Link("https://gone.example/")];

        var cache = LinkCache.Load(cachePath);
        await Checker(probe).CheckAsync(links, Reporter(), cache, CancellationToken.None);
        cache.Save(cachePath, _time.GetUtcNow(), Options.CacheMaxAge);

        _time.Now += TimeSpan.FromHours(23);
        var second = await Checker(probe).CheckAsync(links, Reporter(), LinkCache.Load(cachePath), CancellationToken.None);
        Assert.Equal(1, second.FromCache);
        Assert.Equal(1, probe.Calls["https://ok.example/"]);
        Assert.Equal(2, probe.Calls["https://gone.example/"]);

        _time.Now += TimeSpan.FromHours(2);
        await Checker(probe).CheckAsync(links, Reporter(), LinkCache.Load(cachePath), CancellationToken.None);
        Assert.Equal(2, probe.Calls["https://ok.example/"]);
    }

    [Fact]
    public void An_unreadable_cache_file_is_an_empty_cache()
    {
        var path = Path.Combine(_temp, "broken.json");
        File.WriteAllText(path, "{ not json");
        Assert.False(LinkCache.Load(path).IsFresh(new Uri("https://ok.example/"), _time.GetUtcNow(), TimeSpan.FromDays(1)));
    }

    [Fact]
    public async Task The_http_probe_falls_back_from_head_to_get_and_reads_only_headers()
    {
        var handler = new FakeHandler(request => request.Method == HttpMethod.Head
            ? new HttpResponseMessage(HttpStatusCode.MethodNotAllowed)
            : new HttpResponseMessage(HttpStatusCode.OK));
        using var client = HttpLinkProbe.CreateClient(handler);

        var result = await new HttpLinkProbe(client, TimeSpan.FromSeconds(5)).ProbeAsync(new Uri("https://example.org/"), CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal(["HEAD", "GET"], handler.Methods);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    public async Task The_http_probe_classifies_failures(HttpStatusCode status, bool retryable)
    {
        using var client = HttpLinkProbe.CreateClient(new FakeHandler(_ => new HttpResponseMessage(status)));
        var result = await new HttpLinkProbe(client, TimeSpan.FromSeconds(5)).ProbeAsync(new Uri("https://example.org/"), CancellationToken.None);
        Assert.False(result.Ok);
        Assert.Equal((int)status, result.StatusCode);
        Assert.Equal(retryable, result.Retryable);
    }

    [Fact]
    public async Task The_http_probe_turns_a_timeout_into_a_retryable_failure()
    {
        using var client = HttpLinkProbe.CreateClient(new FakeHandler(_ => throw new TaskCanceledException("timed out")));
        var result = await new HttpLinkProbe(client, TimeSpan.FromSeconds(5)).ProbeAsync(new Uri("https://example.org/"), CancellationToken.None);
        Assert.False(result.Ok);
        Assert.True(result.Retryable);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public void The_check_command_with_external_reports_broken_links_and_writes_the_cache()
    {
        File.WriteAllText(Path.Combine(_temp, "index.html"), CheckHarness.Page(
            "<p><a href=\"https://ok.example/\">Fine</a> <a href=\"https://gone.example/x#part\">Gone</a></p>"));
        var cachePath = Path.Combine(_temp, "cache.json");
        var probe = new ScriptedProbe(url => url.Host == "ok.example" ? new ProbeResult(true, 200, null, false) : new ProbeResult(false, 404, "HTTP 404 Not Found", false));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new CliEnvironment(stdout, stderr, GitHubActions: false);
        var command = new CheckCommand(environment, _ => probe, _time).Create();
        var root = new System.CommandLine.RootCommand { command };

        var exit = root.Parse(["check", "--site", _temp, "--external", "--cache", cachePath]).Invoke(new() { Output = stdout, Error = stderr });

        Assert.Equal(1, exit);
        Assert.Contains("index.html:7:43: error RS0740: the external link 'https://gone.example/x' fails: HTTP 404 Not Found", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("https://ok.example/", File.ReadAllText(cachePath), StringComparison.Ordinal);
        Assert.DoesNotContain("gone.example", File.ReadAllText(cachePath), StringComparison.Ordinal);
    }

    private ExternalLinkChecker Checker(ILinkProbe probe, ExternalCheckOptions? options = null) => new(probe, options ?? Options, _time);

    private static FindingReporter Reporter() => new(CheckOptions.Default);

    private static ExternalLink Link(string url) => new(new Uri(url), [Site]);

    private sealed class ManualTime : TimeProvider
    {
        public ManualTime(DateTimeOffset now) => Now = now;

        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class ScriptedProbe : ILinkProbe
    {
        private readonly Func<Uri, ProbeResult> _answer;
        private readonly TimeSpan _delay;
        private readonly ConcurrentDictionary<string, int> _perHost = new();
        private int _inFlight;

        public ScriptedProbe(Func<Uri, ProbeResult> answer, TimeSpan delay = default)
        {
            _answer = answer;
            _delay = delay;
        }

        public ConcurrentDictionary<string, int> Calls { get; } = new();

        public int MaxInFlight { get; private set; }

        public int MaxInFlightPerHost { get; private set; }

        public async Task<ProbeResult> ProbeAsync(Uri url, CancellationToken cancellationToken)
        {
            Calls.AddOrUpdate(url.AbsoluteUri, 1, (_, n) => n + 1);
            var now = Interlocked.Increment(ref _inFlight);
            var host = _perHost.AddOrUpdate(url.Host, 1, (_, n) => n + 1);
            lock (Calls)
            {
                MaxInFlight = Math.Max(MaxInFlight, now);
                MaxInFlightPerHost = Math.Max(MaxInFlightPerHost, host);
            }

            try
            {
                if (_delay > TimeSpan.Zero)
                {
                    await Task.Delay(_delay, cancellationToken);
                }

                return _answer(url);
            }
            finally
            {
                _perHost.AddOrUpdate(url.Host, 0, (_, n) => n - 1);
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    private sealed class FakeHandler : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;

        public FakeHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) => _answer = answer;

        public List<string> Methods { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Methods)
            {
                Methods.Add(request.Method.Method);
            }

            return Task.FromResult(_answer(request));
        }
    }
}
