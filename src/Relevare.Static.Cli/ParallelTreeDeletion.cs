using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Relevare.Static.Cli;

/// <summary>
/// Empties a folder tree with several threads. Removing a site's old output (a folder per page) one entry after
/// another waits on the disk for every entry when the file system is busy: 16–24 s for 4000 pages on the shared
/// machine, against under 2 s with eight deletions under way at once (docs/performance.md). Each folder is listed
/// once by whichever thread takes it; its files and links are deleted as they are listed, its subfolders are handed
/// to the other threads, and a folder is removed as soon as everything in it is. Links are deleted, never followed.
/// </summary>
internal static class ParallelTreeDeletion
{
    /// <summary>How many deletions may wait on the disk at once (the calling thread included).</summary>
    public const int Threads = 8;

    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0 };

    /// <summary>
    /// Deletes everything inside <paramref name="root"/> except its own entry named <paramref name="keep"/> (if any),
    /// and leaves <paramref name="root"/> itself. On the first failure the other threads stop taking folders and the
    /// exception is rethrown here; whatever was not deleted yet, <paramref name="keep"/> included, stays.
    /// </summary>
    public static void DeleteContents(string root, string? keep)
    {
        using var work = new BlockingCollection<Folder>(new ConcurrentQueue<Folder>());
        Exception? failure = null;
        work.Add(new Folder(root, null));

        void Run()
        {
            foreach (var folder in work.GetConsumingEnumerable())
            {
                if (Volatile.Read(ref failure) is not null)
                {
                    continue; // draining after a failure
                }

                try
                {
                    foreach (var entry in new DirectoryInfo(folder.Path).EnumerateFileSystemInfos("*", Everything))
                    {
                        if (entry is DirectoryInfo { LinkTarget: null })
                        {
                            Interlocked.Increment(ref folder.Pending);
                            work.Add(new Folder(entry.FullName, folder));
                        }
                        else if (folder.Parent is not null || entry.Name != keep)
                        {
                            entry.Delete();
                        }
                    }

                    Finish(folder, work);
                }
#pragma warning disable CA1031 // any failure stops the deletion; the first is rethrown on the calling thread
                catch (Exception e)
#pragma warning restore CA1031
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                    work.CompleteAdding();
                }
            }
        }

        var helpers = new Thread[Threads - 1];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = new Thread(Run) { IsBackground = true, Name = "relevare delete" };
            helpers[i].Start();
        }

        Run();
        foreach (var helper in helpers)
        {
            helper.Join();
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    // A folder is done when it has been listed (the 1 it starts with) and each of its subfolders is done; then it is
    // removed, which may finish its parent. The root is left in place: finishing it ends the work.
    private static void Finish(Folder folder, BlockingCollection<Folder> work)
    {
        for (Folder? f = folder; f is not null && Interlocked.Decrement(ref f.Pending) == 0; f = f.Parent)
        {
            if (f.Parent is null)
            {
                work.CompleteAdding();
                return;
            }

            Directory.Delete(f.Path);
        }
    }

    private sealed class Folder(string path, Folder? parent)
    {
        public int Pending = 1;

        public string Path { get; } = path;

        public Folder? Parent { get; } = parent;
    }
}
