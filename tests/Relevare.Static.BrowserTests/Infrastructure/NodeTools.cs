namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// The npm tools pinned in package.json / package-lock.json (installed by build.ps1 with <c>npm ci</c>) and the
/// machine's Chrome or Chromium. Nothing is downloaded at run time: a missing tool fails with what to run.
/// </summary>
internal static class NodeTools
{
    /// <summary>
    /// Where a Chrome or Chromium usually is, in the order tried when <c>CHROME_PATH</c> is not set: Google Chrome
    /// (preinstalled on GitHub's ubuntu runners), then Debian's Chromium. The same list as build.ps1's Find-Browser.
    /// </summary>
    public static IReadOnlyList<string> BrowserCandidates { get; } =
        ["/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome", "/usr/bin/chromium"];

    /// <summary><c>CHROME_PATH</c> when set (build.ps1 sets it), else the first of <see cref="BrowserCandidates"/> that exists.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROME_PATH") is { Length: > 0 } path
            ? path
            : BrowserCandidates.FirstOrDefault(File.Exists) ?? BrowserCandidates[^1];

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
                $"no browser at {ChromiumPath} (looked at CHROME_PATH, {string.Join(", ", BrowserCandidates)}): set CHROME_PATH to a Chrome or " +
                "Chromium executable, or run the tests through build.ps1 (which finds one, and installs Debian's chromium on Debian)");

    private static string Require(string relative)
    {
        var full = Path.Combine(RepositoryPaths.RepositoryRoot, relative);
        return File.Exists(full)
            ? full
            : throw new InvalidOperationException(
                $"{relative} is missing: run 'npm ci' in the repository root (build.ps1 test does it)");
    }
}
