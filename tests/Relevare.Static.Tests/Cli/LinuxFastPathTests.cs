using System.Runtime.InteropServices;
using Relevare.Static.Cli;
using Relevare.Static.Output;

namespace Relevare.Static.Tests.Cli;

/// <summary>
/// The Linux fast path for writing the output and reading sources (<see cref="LinuxOutputFolder"/>,
/// <see cref="LinuxFiles"/>): the same bytes and modes as .NET's path, no link ever followed, and every failure handed
/// back to .NET's path, which reports it as it always did. On a real disk. Elsewhere than Linux x64 the fast path
/// does not exist (every file takes .NET's path, which the other output tests cover), and these tests check only that.
/// </summary>
public sealed class LinuxFastPathTests : IDisposable
{
    private static readonly bool OnLinuxX64 = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "relevare-fast-path-tests", Guid.NewGuid().ToString("N"));

    public LinuxFastPathTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void The_fast_path_is_there_on_linux_x64_and_only_there()
    {
        Assert.Equal(OnLinuxX64, LinuxFiles.Available);
        using var folder = LinuxOutputFolder.TryOpen(_root);
        Assert.Equal(OnLinuxX64, folder is not null);
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        using var staging = StagingOutput.Open(site.Output);
        Assert.Equal(OnLinuxX64, staging.FastPath);
    }

    [Fact]
    public void Files_and_folders_get_the_bytes_and_modes_that_dotnet_gives_them()
    {
        if (!OnLinuxX64)
        {
            return;
        }

        var big = new byte[3 * 1024 * 1024 + 17];
        new Random(16).NextBytes(big);
        (string Path, byte[] Bytes)[] files =
        [
            ("index.html", "<p>home</p>"u8.ToArray()),
            ("about/index.html", "<p>about</p>"u8.ToArray()),
            ("deep/er/still/index.html", "<p>deep</p>"u8.ToArray()),
            ("deep/er/other.html", []),
            ("assets/img/a.bin", big),
            ("assets/img/b.bin", [1, 2, 3]),
            ("ünïcode/índex.html", "<p>é</p>"u8.ToArray()),
        ];
        var fast = Path.Combine(_root, "fast");
        var slow = Path.Combine(_root, "slow");
        Directory.CreateDirectory(fast);
        Directory.CreateDirectory(slow);

        using (var folder = LinuxOutputFolder.TryOpen(fast)!)
        {
            foreach (var (path, bytes) in files)
            {
                Assert.True(folder.TryWrite(path, bytes), path);
            }
        }

        foreach (var (path, bytes) in files)
        {
            var target = Path.Combine(slow, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, bytes, 0);
        }

        Assert.Equal(Tree(slow), Tree(fast));
        Assert.Equal(big, File.ReadAllBytes(Path.Combine(fast, "assets/img/a.bin")));
        Assert.Contains(Tree(fast), e => e.Key == "assets/img" && e.Value.StartsWith("folder", StringComparison.Ordinal));
    }

    [Fact]
    public void An_existing_file_is_declined_and_left_as_it_was()
    {
        if (!OnLinuxX64)
        {
            return;
        }

        File.WriteAllText(Path.Combine(_root, "index.html"), "first");
        using var folder = LinuxOutputFolder.TryOpen(_root)!;

        Assert.False(folder.TryWrite("index.html", "second"u8));

        Assert.Equal("first", File.ReadAllText(Path.Combine(_root, "index.html")));
    }

    [Fact]
    public void A_link_planted_where_a_file_goes_is_never_followed()
    {
        if (!OnLinuxX64)
        {
            return;
        }

        var outside = Path.Combine(_root, "outside.html");
        var output = Path.Combine(_root, "out");
        Directory.CreateDirectory(Path.Combine(output, "page"));
        File.CreateSymbolicLink(Path.Combine(output, "page", "index.html"), outside);
        using var folder = LinuxOutputFolder.TryOpen(output)!;

        Assert.False(folder.TryWrite("page/index.html", "payload"u8));

        Assert.False(File.Exists(outside));
        Assert.NotNull(new FileInfo(Path.Combine(output, "page", "index.html")).LinkTarget);
    }

    [Theory]
    [InlineData("linked/index.html")]
    [InlineData("linked/deeper/index.html")]
    [InlineData("real/linked/index.html")]
    public void A_link_planted_where_a_folder_goes_is_refused_and_nothing_is_written_through_it(string path)
    {
        if (!OnLinuxX64)
        {
            return;
        }

        var outside = Path.Combine(_root, "outside");
        var output = Path.Combine(_root, "out");
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(Path.Combine(output, "real"));
        var link = Path.Combine(output, path[..path.IndexOf("linked", StringComparison.Ordinal)], "linked");
        Directory.CreateSymbolicLink(link, outside);
        using var folder = LinuxOutputFolder.TryOpen(output)!;

        var refused = Assert.Throws<IOException>(() => folder.TryWrite(path, "payload"u8));

        Assert.Contains($"'{link}' is a symbolic link", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    [Fact]
    public void A_file_where_a_folder_goes_is_declined()
    {
        if (!OnLinuxX64)
        {
            return;
        }

        File.WriteAllText(Path.Combine(_root, "clash"), "file");
        using var folder = LinuxOutputFolder.TryOpen(_root)!;

        Assert.False(folder.TryWrite("clash/index.html", "page"u8));

        Assert.Equal("file", File.ReadAllText(Path.Combine(_root, "clash")));
    }

    [Fact]
    public void A_write_that_fails_is_declined_and_leaves_no_file_behind()
    {
        if (!OnLinuxX64)
        {
            return;
        }

        const int NoSpace = 28; // ENOSPC
        var calls = 0;
        using var folder = LinuxOutputFolder.TryOpen(_root, (fd, bytes) =>
        {
            // The first call writes a part, as a disk that fills up does; the next one fails.
            if (calls++ == 0)
            {
                return LinuxFiles.Write(fd, ref MemoryMarshal.GetReference(bytes), 3);
            }

            Marshal.SetLastPInvokeError(NoSpace);
            return -1;
        })!;

        Assert.False(folder.TryWrite("page/index.html", "<p>a page</p>"u8));

        Assert.Equal(2, calls);
        Assert.True(Directory.Exists(Path.Combine(_root, "page")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_root, "page")));
    }

    [Fact]
    public void An_interrupted_write_is_retried()
    {
        if (!OnLinuxX64)
        {
            return;
        }

        const int Interrupted = 4; // EINTR
        var calls = 0;
        using var folder = LinuxOutputFolder.TryOpen(_root, (fd, bytes) =>
        {
            if (calls++ == 0)
            {
                Marshal.SetLastPInvokeError(Interrupted);
                return -1;
            }

            return LinuxFiles.Write(fd, ref MemoryMarshal.GetReference(bytes), bytes.Length);
        })!;

        Assert.True(folder.TryWrite("index.html", "<p>home</p>"u8));

        Assert.Equal("<p>home</p>", File.ReadAllText(Path.Combine(_root, "index.html")));
    }

    [Fact]
    public void The_staging_output_refuses_a_link_planted_in_it_and_publishes_nothing()
    {
        if (!OnLinuxX64)
        {
            return;
        }

        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        var outside = site.PathOf("outside");
        Directory.CreateDirectory(outside);
        var staging = StagingOutput.Open(site.Output);
        Directory.CreateSymbolicLink(Path.Combine(staging.Staging, "about"), outside);

        staging.Write(new OutputFile("about/index.html", "payload"u8.ToArray()));
        staging.Drain();

        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.Throws<IOException>(staging.Commit);
        Assert.False(Directory.Exists(site.Output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    [Fact]
    public void A_file_written_twice_fails_with_dotnets_own_message()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        var staging = StagingOutput.Open(site.Output);
        staging.Write(new OutputFile("page/index.html", "first"u8.ToArray()));
        staging.Drain();
        var target = Path.Combine(staging.Staging, "page", "index.html");
        var expected = Assert.ThrowsAny<IOException>(() => File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None).Dispose());

        staging.Write(new OutputFile("page/index.html", "second"u8.ToArray()));
        staging.Drain();

        Assert.Equal(expected.GetType(), staging.Failure?.GetType());
        Assert.Equal(expected.Message, staging.Failure?.Message);
        Assert.Equal("first", File.ReadAllText(target));
        staging.Abandon();
    }

    [Fact]
    public void Sources_are_read_whole_and_anything_else_is_left_to_dotnet()
    {
        if (!OnLinuxX64)
        {
            return;
        }

        var page = Path.Combine(_root, "page.md");
        var bytes = new byte[200_000];
        new Random(4).NextBytes(bytes);
        File.WriteAllBytes(page, bytes);
        File.WriteAllBytes(Path.Combine(_root, "empty.md"), []);

        Assert.True(LinuxFiles.TryReadAll(page, out var read));
        Assert.Equal(bytes, read);
        Assert.False(LinuxFiles.TryReadAll(Path.Combine(_root, "missing.md"), out _));
        Assert.False(LinuxFiles.TryReadAll(_root, out _)); // a folder
        Assert.False(LinuxFiles.TryReadAll(Path.Combine(_root, "empty.md"), out _)); // no length: .NET reads to the end
        Assert.False(LinuxFiles.TryReadAll("/proc/self/status", out _)); // the same
        Assert.False(LinuxFiles.TryReadAll("bad\0name", out _));
    }

    [Fact]
    public void Reading_a_source_fails_as_it_did_before()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content", "folder.md"));
        File.WriteAllText(Path.Combine(_root, "content", "page.md"), "---\ntitle: A page\n---\nText.\n");
        File.WriteAllBytes(Path.Combine(_root, "content", "empty.md"), []);
        var files = new PhysicalSourceFileSystem(_root, oneBuild: true);

        Assert.Equal("---\ntitle: A page\n---\nText.\n"u8.ToArray(), files.ReadAllBytes("content/page.md"));
        Assert.Empty(files.ReadAllBytes("content/empty.md"));
        var missing = Assert.Throws<FileNotFoundException>(() => files.ReadAllBytes("content/missing.md"));
        Assert.Equal(Assert.Throws<FileNotFoundException>(() => File.ReadAllBytes(Path.Combine(_root, "content", "missing.md"))).Message, missing.Message);
        var folder = Assert.Throws<UnauthorizedAccessException>(() => files.ReadAllBytes("content/folder.md"));
        Assert.Equal(Assert.Throws<UnauthorizedAccessException>(() => File.ReadAllBytes(Path.Combine(_root, "content", "folder.md"))).Message, folder.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    // Every folder and file under `folder`: its mode, and a file's length and bytes' hash.
    private static SortedDictionary<string, string> Tree(string folder)
    {
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, entry);
            var mode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(entry);
            tree[relative] = Directory.Exists(entry)
                ? $"folder {mode}"
                : $"file {mode} {new FileInfo(entry).Length} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(entry)))}";
        }

        return tree;
    }
}
