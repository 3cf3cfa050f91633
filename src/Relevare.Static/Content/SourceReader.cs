using Relevare.Static.Diagnostics;

namespace Relevare.Static.Content;

/// <summary>
/// Reads the site's files through <see cref="ISourceFileSystem"/>, turning a file that cannot be read (permissions,
/// a disk error, a file removed mid-build) into "cannot read FILE: reason" (RS0005) instead of a crash reported as
/// a bug in relevare.
/// </summary>
internal static class SourceReader
{
    /// <summary>The file's bytes, or null after reporting why it cannot be read.</summary>
    public static byte[]? Read(ISourceFileSystem source, string path, List<Diagnostic> diagnostics)
    {
        try
        {
            return source.ReadAllBytes(path);
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            diagnostics.Add(CannotRead(path, e));
            return null;
        }
    }

    /// <summary>The files of a folder, or none after reporting why the folder cannot be listed.</summary>
    public static IReadOnlyList<string> List(ISourceFileSystem source, string folder, List<Diagnostic> diagnostics)
    {
        try
        {
            return source.EnumerateFiles(folder);
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.CannotRead, SourceLocation.File(folder + "/"),
                $"cannot read the folder {folder}/: {e.Message}",
                "make the folder and everything in it readable by the user running relevare, then build again"));
            return [];
        }
    }

    /// <summary>True for the exceptions that mean the disk or the operating system refused a read.</summary>
    public static bool IsReadFailure(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>"cannot read FILE: reason", at the file.</summary>
    public static Diagnostic CannotRead(string path, Exception e) => Diagnostic.Error(
        DiagnosticCodes.CannotRead, SourceLocation.File(path),
        $"cannot read {path}: {Reason(e)}",
        "make sure the file exists and the user running relevare may read it (check its permissions), then build again");

    // The operating system's messages name the absolute path, which the diagnostic already names relatively.
    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it was removed or renamed while relevare was reading the site",
        PathTooLongException => "its path is too long for this system",
        _ => e.Message,
    };
}
