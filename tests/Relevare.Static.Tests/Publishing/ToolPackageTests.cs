using Relevare.Static.Tests.Cli;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// <c>dotnet pack</c> gives a .NET tool package, and <c>dotnet tool install</c> from that folder alone (no other
/// package source, so it works offline) gives a working <c>relevare</c> command that builds the clinic's site.
/// Packs into a temporary folder with its own build output, so the repository's bin/ and obj/ are untouched.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_from_a_local_folder_and_builds_the_site()
    {
        var root = Path.Combine(Path.GetTempPath(), "relevare-pack-tests", Guid.NewGuid().ToString("N"));
        var packages = Path.Combine(root, "packages");
        var tools = Path.Combine(root, "tools");
        Directory.CreateDirectory(packages);
        try
        {
            var project = Path.Combine(RepositoryPaths.RepositoryRoot, "src", "Relevare.Static.Cli", "Relevare.Static.Cli.csproj");
            Run("dotnet", "pack", project, "-c", "Release", "-o", packages, "--artifacts-path", Path.Combine(root, "artifacts"), "-nologo");
            var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
            Assert.StartsWith("Relevare.Static.Cli.", Path.GetFileName(package), StringComparison.Ordinal);

            var config = Path.Combine(root, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{packages}" />
                  </packageSources>
                </configuration>
                """);
            Run("dotnet", "tool", "install", "Relevare.Static.Cli", "--tool-path", tools, "--configfile", config);

            var relevare = Path.Combine(tools, OperatingSystem.IsWindows() ? "relevare.exe" : "relevare");
            Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+", Run(relevare, "--version"));

            using var site = TempSite.FromRepository();
            var output = Run(relevare, "build", "--source", site.Root, "--today", "2026-11-25"); // reviews not yet due
            Assert.Contains($"0 errors, {Governance.ClinicPlaceholders.Expected.Count} warnings", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
            Assert.True(File.Exists(Path.Combine(site.Output, "conditions", "migraine", "index.html")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Run(string file, params string[] arguments) => ProcessRunner.Run(file, arguments);
}
