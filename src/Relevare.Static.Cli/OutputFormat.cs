namespace Relevare.Static.Cli;

/// <summary>How the build reports: compiler-style text for people, JSON for tools.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}
