using System.Security.Cryptography;

namespace Relevare.Static.Tests.Cli;

/// <summary>Every file of a folder tree (hidden ones too) by relative path, with the SHA-256 of its bytes.</summary>
internal static class FolderSnapshot
{
    public static SortedDictionary<string, string> Take(string folder)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var everything = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(folder, "*", everything))
        {
            snapshot[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return snapshot;
    }
}
