using Relevare.Static.Cli;
using Relevare.Static.Output;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// The old output is removed on several threads (<see cref="ParallelTreeDeletion"/>): everything inside goes, nested
/// folders included; links are deleted, never followed; the marker is kept for last; a failure stops the deletion
/// with the marker still there.
/// </summary>
public sealed class ParallelTreeDeletionTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "relevare-tree-deletion", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void A_deep_and_wide_tree_is_emptied_except_the_kept_entry_and_what_links_lead_to_stays()
    {
        var tree = Path.Combine(_root, "tree");
        var outside = Path.Combine(_root, "outside");
        Write(Path.Combine(outside, "keep-me.txt"));
        Write(Path.Combine(outside, "sub", "keep-me-too.txt"));
        Write(Path.Combine(tree, OutputMarker.FileName));
        for (var i = 0; i < 300; i++)
        {
            Write(Path.Combine(tree, $"page-{i}", "index.html"));
        }

        for (var i = 0; i < 20; i++)
        {
            for (var j = 0; j < 10; j++)
            {
                Write(Path.Combine(tree, "conditions", $"c{i}", $"p{j}", "index.html"));
                Write(Path.Combine(tree, "conditions", $"c{i}", $"p{j}", ".hidden"));
            }
        }

        Directory.CreateDirectory(Path.Combine(tree, "empty", "deeper", "deepest"));
        Write(Path.Combine(tree, "conditions", OutputMarker.FileName)); // kept only at the top
        Directory.CreateSymbolicLink(Path.Combine(tree, "link-to-folder"), outside);
        Directory.CreateSymbolicLink(Path.Combine(tree, "conditions", "c3", "nested-link"), Path.Combine(outside, "sub"));
        File.CreateSymbolicLink(Path.Combine(tree, "link-to-file"), Path.Combine(outside, "keep-me.txt"));

        ParallelTreeDeletion.DeleteContents(tree, keep: OutputMarker.FileName);

        Assert.Equal([OutputMarker.FileName], Directory.EnumerateFileSystemEntries(tree).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(outside, "keep-me.txt")));
        Assert.True(File.Exists(Path.Combine(outside, "sub", "keep-me-too.txt")));
    }

    [Fact]
    public void Without_an_entry_to_keep_the_root_is_left_empty()
    {
        var tree = Path.Combine(_root, "tree");
        Write(Path.Combine(tree, OutputMarker.FileName));
        Write(Path.Combine(tree, "a", "b", "c", "index.html"));

        ParallelTreeDeletion.DeleteContents(tree, keep: null);

        Assert.True(Directory.Exists(tree));
        Assert.Empty(Directory.EnumerateFileSystemEntries(tree));
    }

    [Fact]
    public void An_entry_that_cannot_be_deleted_stops_the_deletion_with_its_error_and_the_kept_entry_stays()
    {
        var tree = Path.Combine(_root, "tree");
        Write(Path.Combine(tree, OutputMarker.FileName));
        for (var i = 0; i < 50; i++)
        {
            Write(Path.Combine(tree, $"page-{i}", "index.html"));
        }

        var stuck = Path.Combine(tree, "page-25");
        using (ReadOnlyFolder.Make(stuck))
        {
            var error = Assert.ThrowsAny<Exception>(() => ParallelTreeDeletion.DeleteContents(tree, keep: OutputMarker.FileName));
            Assert.True(error is IOException or UnauthorizedAccessException, error.ToString());
        }

        Assert.True(File.Exists(Path.Combine(tree, OutputMarker.FileName)));
        Assert.True(File.Exists(Path.Combine(stuck, "index.html")));
    }

    private static void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
    }
}
