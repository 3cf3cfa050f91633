using System.Text;
using Relevare.Static.Cli;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Tests.Cli;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// Symbolic links under content/ — to folders (content/_data included) and to files — are never followed, and each
/// is an error naming the link and where it points (RS0006): pages behind a link are not silently missing, and the
/// people file is never read from outside the site's folder. The links are made at test time in temp folders.
/// </summary>
public sealed class ContentLinkTests
{
    private const string MedicalFixture = "archetype-page-without-draft-fails-strict";

    [Fact]
    public void A_linked_data_folder_is_reported_and_its_people_file_is_not_read()
    {
        using var site = TempSite.FromFixture(MedicalFixture);
        var outside = site.PathOf("shared-data");
        Directory.Move(site.PathOf("content/_data"), outside);

        // Read, this people file would be reported (RS0602) — and its person would be trusted.
        File.AppendAllText(Path.Combine(outside, "people.yml"), "Not A Key!: { name: Outsider }\n");
        Directory.CreateSymbolicLink(site.PathOf("content/_data"), outside);

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(
            $"content/_data:1:1: error RS0006: the folder 'content/_data' is a symbolic link to '{outside}': links are never followed, so that nothing outside the site's folder is read or published; the people and review files must be in the site's own content/_data/ and are not read through it\n"
            + $"  hint: replace the link with the folder itself (move or copy '{outside}' to content/_data/), or delete the link\n",
            run.Error,
            StringComparison.Ordinal);
        Assert.DoesNotContain("RS0602", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Links_to_folders_and_files_in_content_are_each_reported_with_their_targets()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        var outside = site.PathOf("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), "---\ntitle: Secret\n---\n\nNot part of the site.\n");
        Directory.CreateSymbolicLink(site.PathOf("content/etc"), "/etc");
        Directory.CreateSymbolicLink(site.PathOf("content/guides/more"), "../../outside");
        File.CreateSymbolicLink(site.PathOf("content/secret.md"), Path.Combine(outside, "secret.md"));
        File.CreateSymbolicLink(site.PathOf("content/gone.md"), Path.Combine(outside, "missing.md"));
        Directory.CreateSymbolicLink(site.PathOf("content/.hidden-link"), "/etc");

        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(site.Root), new BuildOptions());

        var links = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.SymbolicLinkInContent).ToList();
        Assert.Equal(
            [
                ("content/etc:1:1", "the folder 'content/etc' is a symbolic link to '/etc'"),
                ("content/gone.md:1:1", $"the file 'content/gone.md' is a symbolic link to '{Path.Combine(outside, "missing.md")}'"),
                ("content/guides/more:1:1", "the folder 'content/guides/more' is a symbolic link to '../../outside'"),
                ("content/secret.md:1:1", $"the file 'content/secret.md' is a symbolic link to '{Path.Combine(outside, "secret.md")}'"),
            ],
            links.Select(d => (d.Location, d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)])));
        Assert.All(links, d => Assert.True(d.IsError));
        Assert.Equal(links.Count, result.Diagnostics.Length);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_link_loop_in_content_is_reported_once_without_hanging()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        Directory.CreateSymbolicLink(site.PathOf("content/guides/again"), site.PathOf("content/guides"));
        Directory.CreateSymbolicLink(site.PathOf("content/guides/up"), site.PathOf("content"));

        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(site.Root), new BuildOptions());

        Assert.Equal(
            ["content/guides/again:1:1", "content/guides/up:1:1"],
            result.Diagnostics.Select(d => d.Location));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.SymbolicLinkInContent, d.Code));
    }

    // oneBuild: the folders found not to be links are remembered (what `relevare build` uses); reading files in
    // content/ and content/conditions/ first fills that memory before the linked folder beside them is asked about.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_disk_adapter_never_reads_through_a_linked_folder(bool oneBuild)
    {
        using var site = TempSite.FromFixture(MedicalFixture);
        var outside = site.PathOf("shared-data");
        Directory.Move(site.PathOf("content/_data"), outside);
        Directory.CreateSymbolicLink(site.PathOf("content/_data"), outside);
        var files = new PhysicalSourceFileSystem(site.Root, oneBuild);
        Assert.NotEmpty(files.ReadAllBytes("content/about.md"));
        Assert.NotEmpty(files.ReadAllBytes("content/conditions/migraine.md"));

        Assert.True(File.Exists(site.PathOf("content/_data/people.yml")), "the operating system follows the link");
        Assert.False(files.FileExists("content/_data/people.yml"));
        Assert.Null(files.FileLength("content/_data/people.yml"));
        Assert.True(files.IsSymbolicLink("content/_data/people.yml"));
        Assert.True(files.IsSymbolicLink("content/_data/missing/deeper.jpg"));
        Assert.False(files.IsSymbolicLink("content/about.md"));
        Assert.False(files.IsSymbolicLink("content/missing/deeper.jpg"));
        Assert.Throws<IOException>(() => files.ReadAllBytes("content/_data/people.yml"));
        Assert.Equal([new SourceLink("content/_data", outside, IsFolder: true)], files.SymbolicLinks("content"));
        Assert.DoesNotContain(files.EnumerateFiles("content"), p => p.StartsWith("content/_data/", StringComparison.Ordinal));
    }

    [Fact]
    public void In_memory_links_behave_as_on_disk()
    {
        var people = "mallek: { name: \"Dr. Mallek\", credentials: MD }\n";
        var files = new InMemorySourceFileSystem([
            KeyValuePair.Create("content/index.md", Encoding.UTF8.GetBytes("---\ntitle: Home\n---\n")),
            KeyValuePair.Create("content/_data/people.yml", Encoding.UTF8.GetBytes(people)),
        ])
        {
            Links = [new SourceLink("content/_data", "/srv/shared/data", IsFolder: true)],
        };

        Assert.False(files.FileExists("content/_data/people.yml"));
        Assert.Throws<FileNotFoundException>(() => files.ReadAllBytes("content/_data/people.yml"));
        Assert.Equal(["content/index.md"], files.EnumerateFiles("content"));
        Assert.Equal([new SourceLink("content/_data", "/srv/shared/data", IsFolder: true)], files.SymbolicLinks("content"));
        Assert.Empty(files.SymbolicLinks("assets"));
    }

    [Fact]
    public void A_linked_data_folder_in_memory_is_reported_by_the_build_and_its_people_file_is_not_read()
    {
        var root = RepositoryPaths.Fixture(MedicalFixture);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).StartsWith("expected", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        files["content/_data/people.yml"] = Encoding.UTF8.GetBytes("[not, a, mapping]\n");
        var link = new SourceLink("content/_data", "/srv/shared/data", IsFolder: true);

        var unlinked = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions());
        var linked = SiteBuilder.Build(new InMemorySourceFileSystem(files) { Links = [link] }, new BuildOptions());

        Assert.Contains(unlinked.Diagnostics, d => d.Code == DiagnosticCodes.PeopleFileInvalid);
        Assert.DoesNotContain(unlinked.Diagnostics, d => d.Code == DiagnosticCodes.SymbolicLinkInContent);
        Assert.DoesNotContain(linked.Diagnostics, d => d.Code == DiagnosticCodes.PeopleFileInvalid);
        var diagnostic = linked.Diagnostics.SingleWithCode(DiagnosticCodes.SymbolicLinkInContent);
        Assert.Equal("content/_data:1:1", diagnostic.Location);
        Assert.Contains("is a symbolic link to '/srv/shared/data'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(linked.Files);
    }

    [Fact]
    public void A_symbolic_link_in_content_cannot_be_relaxed_by_site_yml()
    {
        Assert.False(Relevare.Static.Configuration.DiagnosticLevels.Of(DiagnosticCodes.SymbolicLinkInContent).IsConfigurable);
    }
}
