using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Relevare.Static.Cli;

/// <summary>
/// Prints relevare's own version for <c>--version</c>. System.CommandLine's default prints the version of the
/// process's entry assembly, which is not relevare when the CLI runs inside another process (the tests run it
/// in-process through <see cref="CliApplication.Run"/>).
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    private readonly TextWriter _output;

    public VersionAction(TextWriter output) => _output = output;

    /// <summary>The informational version of the relevare assembly, e.g. <c>0.1.0+commit</c>.</summary>
    public static string Version =>
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        _output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
