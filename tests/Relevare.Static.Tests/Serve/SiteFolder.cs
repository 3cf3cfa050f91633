using System.Text;

namespace Relevare.Static.Tests.Serve;

/// <summary>A site written to a throw-away folder from a txtar description (over <see cref="TestSite.Defaults"/>); deleted on dispose.</summary>
internal sealed class SiteFolder : IDisposable
{
    public SiteFolder(string txtar)
    {
        Root = Path.Combine(Path.GetTempPath(), "relevare-serve-tests", Guid.NewGuid().ToString("N"));
        foreach (var (path, bytes) in TestSite.Files(txtar))
        {
            Write(path, bytes);
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public void Delete(string relative) => File.Delete(PathOf(relative));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private void Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
