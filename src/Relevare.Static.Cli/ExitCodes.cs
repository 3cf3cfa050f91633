namespace Relevare.Static.Cli;

/// <summary>The process exit codes, part of the CLI contract.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int Usage = 2;
}
