using System.IO.Compression;
using Relevare.Static.Tests.Fixtures;
using Relevare.Static.Tests.Infrastructure;

namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// The relevare command as users get it: the tool packages packed once (as <c>build.ps1 pack</c> does: the
/// top-level package, its Native AOT <c>linux-x64</c> package, its framework-dependent <c>any</c> package, and two of
/// its ReadyToRun packages, <c>linux-arm64</c> and <c>win-x64</c>), then
/// <c>dotnet tool install</c> from that folder alone (no other package source, so it works offline). Shared by every
/// test class in <see cref="InstalledToolGroup"/>: the slow Native AOT compilation happens once per test run. Packs
/// into a temporary folder with its own build output, so the repository's bin/ and obj/ are untouched.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "relevare-installed-tool", Guid.NewGuid().ToString("N"));

    public InstalledTool()
    {
        Packages = Path.Combine(_root, "packages");
        var tools = Path.Combine(_root, "tools");
        Directory.CreateDirectory(Packages);
        var project = Path.Combine(RepositoryPaths.RepositoryRoot, "src", "Relevare.Static.Cli", "Relevare.Static.Cli.csproj");
        var artifacts = Path.Combine(_root, "artifacts");
        ProcessRunner.Run("dotnet", "pack", project, "-c", "Release", "-o", Packages, "--artifacts-path", artifacts, "-nologo");
        // Of the ReadyToRun packages, one for a Unix and one for Windows (each pack compiles the whole tool again).
        foreach (var runtime in new[] { "linux-x64", "any", "linux-arm64", "win-x64" })
        {
            ProcessRunner.Run("dotnet", "pack", project, "-c", "Release", "-r", runtime, "-o", Packages, "--artifacts-path", artifacts, "-nologo");
        }

        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
        InstallOutput = ProcessRunner.Run("dotnet", "tool", "install", "Relevare.Static.Cli", "--tool-path", tools, "--configfile", config);
        Command = Path.Combine(tools, OperatingSystem.IsWindows() ? "relevare.exe" : "relevare");

        // The framework-dependent fallback, unpacked as 'dotnet tool install' would on a platform without a native package.
        FallbackFolder = Path.Combine(_root, "fallback");
        ZipFile.ExtractToDirectory(Package("Relevare.Static.Cli.any"), FallbackFolder);
    }

    /// <summary>The runtime identifier's package, unpacked (into a folder of its own, once per fixture).</summary>
    public string Unpacked(string runtime)
    {
        var folder = Path.Combine(_root, "unpacked", runtime);
        if (!Directory.Exists(folder))
        {
            ZipFile.ExtractToDirectory(Package("Relevare.Static.Cli." + runtime), folder);
        }

        return folder;
    }

    /// <summary>The folder holding the packed .nupkg files.</summary>
    public string Packages { get; }

    /// <summary>The installed <c>relevare</c> command (on Linux a symbolic link into the tool store).</summary>
    public string Command { get; }

    /// <summary>What <c>dotnet tool install</c> printed.</summary>
    public string InstallOutput { get; }

    /// <summary>The <c>Relevare.Static.Cli.any</c> package, unpacked.</summary>
    public string FallbackFolder { get; }

    /// <summary>The path of the package <paramref name="id"/> (version 0.1.0 or whatever was packed).</summary>
    public string Package(string id) =>
        Assert.Single(Directory.GetFiles(Packages, id + ".*.nupkg"), p => char.IsAsciiDigit(Path.GetFileName(p)[id.Length + 1]));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

/// <summary>The test classes that share one <see cref="InstalledTool"/> (and so one Native AOT compilation).</summary>
[CollectionDefinition(Name)]
public sealed class InstalledToolGroup : ICollectionFixture<InstalledTool>
{
    public const string Name = "Installed tool";
}
