using System.IO.Compression;
using System.Reflection.PortableExecutable;

namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// Where <c>dotnet tool install</c> does not get the Native AOT relevare, it gets the framework-dependent build; on
/// linux-arm64, macOS and Windows x64 that build is compiled ahead with ReadyToRun (crossgen2), so the JIT starts
/// from native code. Checked in the images themselves, not by timing: a ReadyToRun assembly has a managed native
/// header holding the READYTORUN_HEADER ("RTR"), and its PE machine is the target's (xored with an OS value for
/// Linux and macOS); the plain 'any' package is IL only.
/// </summary>
[Collection(InstalledToolGroup.Name)]
public sealed class ReadyToRunPackageTests
{
    // READYTORUN_HEADER.Signature: 'R' 'T' 'R' 0, read as a little-endian uint.
    private const uint ReadyToRunSignature = 0x00525452;

    // crossgen2 marks the target OS in the PE machine field (Windows: the machine as it is).
    private const ushort LinuxMachineXor = 0x7B79;

    private readonly InstalledTool _tool;

    public ReadyToRunPackageTests(InstalledTool tool) => _tool = tool;

    [Fact]
    public void The_top_level_package_has_a_ReadyToRun_package_for_linux_arm64_macOS_and_Windows_x64()
    {
        using var zip = ZipFile.OpenRead(_tool.Package("Relevare.Static.Cli"));
        using var reader = new StreamReader(Assert.Single(zip.Entries, e => e.Name == "DotnetToolSettings.xml").Open());
        var xml = reader.ReadToEnd();

        foreach (var runtime in new[] { "linux-x64", "linux-arm64", "osx-arm64", "osx-x64", "win-x64", "any" })
        {
            Assert.Contains($"""RuntimeIdentifier="{runtime}" Id="Relevare.Static.Cli.{runtime}" """.TrimEnd(), xml, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("linux-arm64", (ushort)(Machine.Arm64 ^ (Machine)LinuxMachineXor), "relevare")]
    [InlineData("win-x64", (ushort)Machine.Amd64, "relevare.exe")]
    public void The_package_for_a_runtime_without_Native_AOT_holds_ReadyToRun_code_for_that_runtime(string runtime, ushort machine, string host)
    {
        var folder = Path.Combine(_tool.Unpacked(runtime), "tools", "net10.0", runtime);

        foreach (var assembly in new[] { "relevare.dll", "Relevare.Static.dll" })
        {
            var (signature, pe) = ReadyToRun(Path.Combine(folder, assembly));
            Assert.True(signature == ReadyToRunSignature, $"{runtime}/{assembly}: no ReadyToRun header");
            Assert.Equal(machine, (ushort)pe);
        }

        // Framework-dependent: the app host and the managed entry assembly, no runtime of its own.
        Assert.True(File.Exists(Path.Combine(folder, host)), $"no {host} in the {runtime} package");
        Assert.False(File.Exists(Path.Combine(folder, "System.Private.CoreLib.dll")), $"the {runtime} package carries a runtime of its own");
    }

    [Fact]
    public void The_any_package_is_IL_only_for_every_other_platform()
    {
        var (signature, pe) = ReadyToRun(Path.Combine(_tool.FallbackFolder, "tools", "net10.0", "any", "relevare.dll"));

        Assert.Null(signature);
        Assert.Equal(Machine.I386, pe);
    }

    // The READYTORUN_HEADER's signature when the image has a managed native header, and the PE machine.
    private static (uint? Signature, Machine Machine) ReadyToRun(string path)
    {
        Assert.True(File.Exists(path), $"no {path}");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var header = pe.PEHeaders.CorHeader ?? throw new InvalidOperationException($"{path} is not a .NET assembly");
        var native = header.ManagedNativeHeaderDirectory;
        uint? signature = native.Size == 0 ? null : pe.GetSectionData(native.RelativeVirtualAddress).GetReader().ReadUInt32();
        return (signature, pe.PEHeaders.CoffHeader.Machine);
    }
}
