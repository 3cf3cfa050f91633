using System.Globalization;
using System.Text.Json;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>Lighthouse 12 from npm, run by node against Debian's Chromium with the default (mobile) profile.</summary>
internal static class Lighthouse
{
    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    /// <summary>
    /// Audits <paramref name="url"/> and writes <c>NAME.report.json</c> and <c>.html</c> into <paramref name="folder"/>.
    /// When Lighthouse itself fails to record the page (e.g. its intermittent NO_NAVSTART trace error on a busy
    /// machine) it is run again, at most three times; scores are never retried here.
    /// </summary>
    public static async Task<LighthouseReport> RunAsync(Uri url, string folder, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(url, folder, name);
            }
            catch (LighthouseToolException) when (attempt < 3)
            {
            }
        }
    }

    private static async Task<LighthouseReport> RunOnceAsync(Uri url, string folder, string name)
    {
        var outputPath = Path.Combine(folder, name);
        List<string> arguments =
        [
            NodeTools.LighthouseCli, url.AbsoluteUri,
            "--output=json", "--output=html", $"--output-path={outputPath}",
            $"--only-categories={string.Join(',', Categories)}",
            $"--chrome-flags={string.Join(' ', NodeTools.ChromiumFlags)}",
            "--quiet",
        ];
        var environment = new Dictionary<string, string>
        {
            ["CHROME_PATH"] = NodeTools.RequireChromium(),
        };
        // A hang guard, not a verdict on speed: ~13 s per page on an idle machine.
        var result = await ProcessRunner.RunAsync("node", arguments, ProcessRunner.HangGuard, environment);
        var jsonPath = outputPath + ".report.json";
        if (result.ExitCode != 0 || !File.Exists(jsonPath))
        {
            throw new LighthouseToolException($"lighthouse failed on {url}: {result}");
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(jsonPath));
        var root = json.RootElement;
        if (root.TryGetProperty("runtimeError", out var runtimeError) && runtimeError.ValueKind == JsonValueKind.Object)
        {
            throw new LighthouseToolException($"lighthouse could not audit {url}: {runtimeError}");
        }

        var categories = root.GetProperty("categories");
        var audits = root.GetProperty("audits");
        var failed = new List<string>();
        foreach (var category in Categories)
        {
            foreach (var reference in categories.GetProperty(category).GetProperty("auditRefs").EnumerateArray())
            {
                var id = reference.GetProperty("id").GetString()!;
                var audit = audits.GetProperty(id);
                if (reference.GetProperty("weight").GetDouble() > 0 &&
                    audit.GetProperty("score") is { ValueKind: JsonValueKind.Number } score && score.GetDouble() < 1)
                {
                    failed.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{category}/{id}: {score.GetDouble():0.00} {audit.GetProperty("title").GetString()} {DisplayValue(audit)}").TrimEnd());
                }
            }
        }

        var benchmarkIndex = root.TryGetProperty("environment", out var environmentInfo) &&
            environmentInfo.TryGetProperty("benchmarkIndex", out var index) && index.ValueKind == JsonValueKind.Number
                ? index.GetDouble()
                : double.NaN;
        return new LighthouseReport(
            url.AbsoluteUri, Score(categories, "performance"), Score(categories, "accessibility"),
            Score(categories, "best-practices"), Score(categories, "seo"), benchmarkIndex, failed, jsonPath);
    }

    private static int Score(JsonElement categories, string name) =>
        categories.GetProperty(name).GetProperty("score") is { ValueKind: JsonValueKind.Number } score
            ? (int)Math.Round(score.GetDouble() * 100, MidpointRounding.AwayFromZero)
            : throw new InvalidOperationException($"lighthouse gave no {name} score");

    private static string DisplayValue(JsonElement audit) =>
        audit.TryGetProperty("displayValue", out var value) && value.ValueKind == JsonValueKind.String ? $"({value.GetString()})" : "";
}
