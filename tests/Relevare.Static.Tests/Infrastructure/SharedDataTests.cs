namespace Relevare.Static.Tests.Infrastructure;

/// <summary>The skip decision of tests that read <c>../shared</c>: skipped only when the data is absent and not required.</summary>
public sealed class SharedDataTests
{
    [Fact]
    public void Absent_data_that_is_not_required_is_a_skip_that_says_what_is_missing_and_where()
    {
        var reason = SharedData.SkipReason("conformance/htmltest/cases.json", exists: false, required: false);

        Assert.NotNull(reason);
        Assert.Contains("needs ../shared/conformance/htmltest/cases.json beside the clone", reason, StringComparison.Ordinal);
        Assert.Contains(SharedData.PathOf("conformance/htmltest/cases.json"), reason, StringComparison.Ordinal);
        Assert.Contains(SharedData.RequiredVariable, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Present_data_or_data_that_CI_requires_is_never_skipped()
    {
        Assert.Null(SharedData.SkipReason("conformance/htmltest/cases.json", exists: true, required: false));
        Assert.Null(SharedData.SkipReason("conformance/htmltest/cases.json", exists: false, required: true));
        Assert.Null(SharedData.SkipReason("conformance/htmltest/cases.json", exists: true, required: true));
    }

    [Fact]
    public void The_shared_folder_is_beside_the_repository()
    {
        Assert.Equal(Path.GetFullPath(Path.Combine(Fixtures.RepositoryPaths.RepositoryRoot, "..", "shared")), SharedData.Root);
        Assert.Equal(Path.Combine(SharedData.Root, "conformance", "htmltest"), SharedData.PathOf("conformance/htmltest"));
    }
}
