using System.IO.Compression;
using Relevare.Static.Tests.Cli;
using Relevare.Static.Tests.Infrastructure;

namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// <c>dotnet pack</c> gives a .NET tool package whose <c>dotnet tool install</c> on linux-x64 is the Native AOT
/// <c>relevare</c> (the fast binary), with a framework-dependent fallback package for every other platform; the
/// installed command builds the clinic's site.
/// </summary>
[Collection(InstalledToolGroup.Name)]
public sealed class ToolPackageTests
{
    private readonly InstalledTool _tool;

    public ToolPackageTests(InstalledTool tool) => _tool = tool;

    [Fact]
    public void The_top_level_package_points_at_the_native_linux_x64_package_and_the_framework_dependent_fallback()
    {
        using var zip = ZipFile.OpenRead(_tool.Package("Relevare.Static.Cli"));
        var settings = Assert.Single(zip.Entries, e => e.Name == "DotnetToolSettings.xml");
        using var reader = new StreamReader(settings.Open());
        var xml = reader.ReadToEnd();

        Assert.Contains("""RuntimeIdentifier="linux-x64" Id="Relevare.Static.Cli.linux-x64" """.TrimEnd(), xml, StringComparison.Ordinal);
        Assert.Contains("""RuntimeIdentifier="any" Id="Relevare.Static.Cli.any" """.TrimEnd(), xml, StringComparison.Ordinal);
        Assert.DoesNotContain(zip.Entries, e => e.Name.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void The_installed_command_on_linux_x64_is_a_native_executable_without_a_managed_entry_assembly()
    {
        var target = new FileInfo(_tool.Command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? _tool.Command;
        var header = new byte[4];
        using (var file = File.OpenRead(target))
        {
            file.ReadExactly(header);
        }

        Assert.Equal("\u007fELF"u8.ToArray(), header);
        Assert.Contains("linux-x64", target, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(target)!, "relevare.dll")), $"a managed relevare.dll beside {target}: not the native build");
        Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+", ProcessRunner.Run(_tool.Command, "--version"));
    }

    [Fact]
    public void The_framework_dependent_fallback_package_runs_on_the_shared_runtime()
    {
        var entry = Path.Combine(_tool.FallbackFolder, "tools", "net10.0", "any", "relevare.dll");
        Assert.True(File.Exists(entry), $"no {entry} in the 'any' package");
        Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+", ProcessRunner.Run("dotnet", entry, "--version"));
    }

    [Fact]
    public void The_installed_command_builds_the_clinic_site_byte_for_byte_like_dotnet_run()
    {
        using var installed = TempSite.FromRepository();
        using var jit = TempSite.FromRepository();

        var output = ProcessRunner.Run(_tool.Command, "build", "--source", installed.Root, "--today", "2026-11-25"); // reviews not yet due
        // What 'dotnet run --project src/Relevare.Static.Cli' runs: the JIT-compiled relevare.dll on the shared runtime.
        var jitOutput = ProcessRunner.Run("dotnet", Path.Combine(AppContext.BaseDirectory, "relevare.dll"), "build", "--source", jit.Root, "--today", "2026-11-25");

        Assert.Contains($"0 errors, {Governance.ClinicPlaceholders.Expected.Count} warnings", output, StringComparison.Ordinal);
        Assert.Contains($"0 errors, {Governance.ClinicPlaceholders.Expected.Count} warnings", jitOutput, StringComparison.Ordinal);
        var files = FolderSnapshot.Take(installed.Output);
        Assert.True(files.Count > 20, $"only {files.Count} files");
        Assert.True(File.Exists(Path.Combine(installed.Output, "conditions", "migraine", "index.html")));
        Assert.Equal(FolderSnapshot.Take(jit.Output), files);
    }
}
