// Measures relevare serve's edit-to-reload latency: starts the real command on a site, opens the live-reload
// event stream as a browser does, then repeatedly edits one page's Markdown and times, for each edit, (1) from
// just before the write to the reload event and (2) to having fetched the page with the new text (what the
// browser shows after reloading). Prints each run's figures and the median.
//
// Usage: ServeLatency <relevare executable> <site folder> <edits> [body|title|template]
//   body (default) appends a sentence to one page; title changes that page's title (the benchmark site's pages
//   list no titles, so one page is re-rendered too, but the site model is rebuilt); template changes the layout,
//   which re-renders every page.
using System.Diagnostics;
using System.Globalization;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: ServeLatency <relevare> <site folder> <edits> [body|title|template]");
    return 2;
}

var (relevare, site, edits, kind) = (args[0], Path.GetFullPath(args[1]), int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? args[3] : "body");
var pages = Directory.GetFiles(Path.Combine(site, "content"), "*.md").Order(StringComparer.Ordinal).ToArray();
var target = kind == "template" ? Path.Combine(site, "templates", "layouts", "post.html") : pages[pages.Length / 2];
var original = File.ReadAllText(target);
var url = kind == "template" ? null : "/" + Path.GetFileNameWithoutExtension(target) + "/";

var start = new ProcessStartInfo(relevare, ["serve", "--source", site, "--port", "0"])
{
    RedirectStandardOutput = true,
    RedirectStandardError = true,
};
using var server = Process.Start(start)!;
var stderr = server.StandardError.ReadToEndAsync();
try
{
    string? line;
    Uri? address = null;
    while (address is null && (line = await server.StandardOutput.ReadLineAsync()) is not null)
    {
        Console.WriteLine("  relevare: " + line);
        var at = line.IndexOf("http://", StringComparison.Ordinal);
        if (line.StartsWith("Serving ", StringComparison.Ordinal) && at >= 0)
        {
            address = new Uri(line[at..line.IndexOf(' ', at)]);
        }
    }

    if (address is null)
    {
        Console.Error.WriteLine("relevare serve did not start: " + await stderr);
        return 1;
    }

    // Keep reading the server's output so it never blocks on a full pipe; note its own build times.
    var rebuilds = new List<double>();
    _ = Task.Run(async () =>
    {
        while (await server.StandardOutput.ReadLineAsync() is { } output)
        {
            if (output.StartsWith("Rebuilt in ", StringComparison.Ordinal))
            {
                lock (rebuilds)
                {
                    rebuilds.Add(double.Parse(output.Split(' ')[2], CultureInfo.InvariantCulture));
                }
            }
            else
            {
                Console.WriteLine("  relevare: " + output);
            }
        }
    });

    using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
    using var events = new StreamReader(await http.GetStreamAsync("/__relevare/events"));
    async Task<string> NextEvent()
    {
        while (await events.ReadLineAsync() is { } text)
        {
            if (text.StartsWith("data: ", StringComparison.Ordinal))
            {
                return text[6..];
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    var build = await NextEvent();
    var toEvent = new List<double>();
    var toPage = new List<double>();
    const int WarmUp = 10; // the first rebuilds run partly unoptimised (tiered JIT)
    for (var i = 0; i < edits + WarmUp; i++)
    {
        var marker = $"Edit number {i} of the benchmark.";
        var text = kind switch
        {
            "title" => original.Replace("title: \"", $"title: \"{i} ", StringComparison.Ordinal) + "\n" + marker + "\n",
            "template" => original.Replace("</article>", $"<p>{marker}</p>\n</article>", StringComparison.Ordinal),
            _ => original + "\n" + marker + "\n",
        };
        var watch = Stopwatch.StartNew();
        await File.WriteAllTextAsync(target, text);
        var next = await NextEvent();
        var eventMs = watch.Elapsed.TotalMilliseconds;
        var page = await http.GetStringAsync(url ?? "/" + Path.GetFileNameWithoutExtension(pages[0]) + "/");
        var pageMs = watch.Elapsed.TotalMilliseconds;
        if (next == build || !page.Contains(marker, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"edit {i}: the reload did not bring the edit (event {next})");
            return 1;
        }

        build = next;
        if (i >= WarmUp)
        {
            toEvent.Add(eventMs);
            toPage.Add(pageMs);
        }

        // Let the machine settle between edits, as between an editor's saves.
        await Task.Delay(300);
    }

    lock (rebuilds)
    {
        Console.WriteLine(Describe("rebuild (as relevare reports it)", rebuilds.Skip(WarmUp).ToList()));
    }

    Console.WriteLine(Describe("write → reload event", toEvent));
    Console.WriteLine(Describe("write → new page fetched", toPage));
    return 0;
}
finally
{
    File.WriteAllText(target, original);
    server.Kill(entireProcessTree: true);
    await server.WaitForExitAsync();
}

static string Describe(string what, List<double> values)
{
    var sorted = values.Order().ToList();
    double At(double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Round(q * (sorted.Count - 1)))];
    return string.Create(CultureInfo.InvariantCulture,
        $"{what}: median {At(0.5):0} ms (min {sorted[0]:0}, p90 {At(0.9):0}, max {sorted[^1]:0}; {sorted.Count} edits) [{string.Join(' ', values.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))}]");
}
