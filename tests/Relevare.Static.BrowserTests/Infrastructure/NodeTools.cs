namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// The npm tools pinned in package.json / package-lock.json (installed by build.ps1 with <c>npm ci</c>) and the
/// Chromium from Debian. Nothing is downloaded at run time: a missing tool fails with what to run.
/// </summary>
internal static class NodeTools
{
    /// <summary>Chromium from Debian (<c>apt-get install chromium</c>); <c>CHROME_PATH</c> overrides it.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROME_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// Flags that work for headless Chromium here (no sandbox in containers, no GPU, no background traffic or
    /// component downloads).
    /// </summary>
    public static IReadOnlyList<string> ChromiumFlags { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static string VnuJar => Require(Path.Combine("node_modules", "vnu-jar", "build", "dist", "vnu.jar"));

    public static string LighthouseCli => Require(Path.Combine("node_modules", "lighthouse", "cli", "index.js"));

    public static string RequireChromium() =>
        File.Exists(ChromiumPath)
            ? ChromiumPath
            : throw new InvalidOperationException(
                $"{ChromiumPath} is missing: run the tests through build.ps1 (which installs it) or 'apt-get install -y chromium'");

    private static string Require(string relative)
    {
        var full = Path.Combine(RepositoryPaths.RepositoryRoot, relative);
        return File.Exists(full)
            ? full
            : throw new InvalidOperationException(
                $"{relative} is missing: run 'npm ci' in the repository root (build.ps1 test does it)");
    }
}
