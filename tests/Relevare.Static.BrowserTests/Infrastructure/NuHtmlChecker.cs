using System.Text.Json;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>The Nu Html Checker (vnu.jar from the vnu-jar npm package), run with <c>--errors-only</c>.</summary>
internal static class NuHtmlChecker
{
    /// <summary>Checks the files in one JVM start and returns every error, grouped by nothing, in vnu's order.</summary>
    public static async Task<IReadOnlyList<NuHtmlMessage>> CheckAsync(IEnumerable<string> files)
    {
        List<string> arguments = ["-jar", NodeTools.VnuJar, "--errors-only", "--format", "json", .. files];
        var result = await ProcessRunner.RunAsync("java", arguments, ProcessRunner.HangGuard);

        // vnu prints its JSON report on standard error; exit code 1 means "errors found".
        var report = result.Error.Trim();
        if (result.ExitCode is not (0 or 1) || !report.StartsWith('{'))
        {
            throw new InvalidOperationException($"vnu.jar failed: {result}");
        }

        using var json = JsonDocument.Parse(report);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => new NuHtmlMessage(
                Text(m, "type"),
                Uri.TryCreate(Text(m, "url"), UriKind.Absolute, out var url) && url.IsFile ? url.LocalPath : Text(m, "url"),
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                Text(m, "message"),
                Text(m, "extract")))
            .ToList();
        if (result.ExitCode == 1 && messages.Count == 0)
        {
            throw new InvalidOperationException($"vnu.jar reported failure without messages: {result}");
        }

        return messages;
    }

    private static string Text(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
