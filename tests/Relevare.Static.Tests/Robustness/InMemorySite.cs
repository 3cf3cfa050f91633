using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// Sites built in memory for the robustness tests: the configuration and templates of a fixture (or of the
/// clinic's real site) plus the files a test adds, so thousands of hostile variants build without touching disk.
/// </summary>
internal static class InMemorySite
{
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> RealSite = new(() => Read(RepositoryPaths.RepositoryRoot, includeContent: true));

    /// <summary>The real site's <c>site.yml</c>, templates and assets (not its content).</summary>
    public static IReadOnlyDictionary<string, byte[]> RealSiteWithoutContent { get; } =
        new Dictionary<string, byte[]>(RealSiteFiles().Where(f => !f.Key.StartsWith("content/", StringComparison.Ordinal)), StringComparer.Ordinal);

    /// <summary>The real site's articles and pages, by path (e.g. <c>content/conditions/migraine.md</c>).</summary>
    public static IReadOnlyDictionary<string, byte[]> RealContent { get; } =
        new Dictionary<string, byte[]>(RealSiteFiles().Where(f => f.Key.StartsWith("content/", StringComparison.Ordinal)), StringComparer.Ordinal);

    /// <summary>The configuration and templates of the fixture <paramref name="fixture"/> with <paramref name="files"/> added.</summary>
    public static BuildResult BuildWithFixture(string fixture, params (string Path, string Text)[] files) =>
        BuildWithFixture(fixture, new BuildOptions(), files);

    /// <summary>As <see cref="BuildWithFixture(string, ValueTuple{string, string}[])"/>, with <paramref name="options"/>.</summary>
    public static BuildResult BuildWithFixture(string fixture, BuildOptions options, params (string Path, string Text)[] files) =>
        Build(Read(RepositoryPaths.Fixture(fixture), includeContent: false), files.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Text))), options);

    /// <summary>Builds <paramref name="baseFiles"/> with <paramref name="files"/> added or replaced.</summary>
    public static BuildResult Build(IReadOnlyDictionary<string, byte[]> baseFiles, IEnumerable<(string Path, byte[] Bytes)> files, BuildOptions? options = null)
    {
        var all = new Dictionary<string, byte[]>(baseFiles, StringComparer.Ordinal);
        foreach (var (path, bytes) in files)
        {
            all[path] = bytes;
        }

        return SiteBuilder.Build(new InMemorySourceFileSystem(all), options ?? new BuildOptions());
    }

    private static IReadOnlyDictionary<string, byte[]> RealSiteFiles() => RealSite.Value;

    private static Dictionary<string, byte[]> Read(string root, bool includeContent)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["site.yml"] = File.ReadAllBytes(Path.Combine(root, "site.yml")),
        };
        foreach (var folder in includeContent ? new[] { "content", "templates", "assets" } : ["templates", "assets"])
        {
            var full = Path.Combine(root, folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return files;
    }
}
