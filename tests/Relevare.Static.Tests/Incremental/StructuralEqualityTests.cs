using System.Collections.Immutable;
using Relevare.Static.Incremental;

namespace Relevare.Static.Tests.Incremental;

public sealed class StructuralEqualityTests
{
    private sealed record Sample(string Name, ImmutableArray<string> Tags, ImmutableDictionary<string, object> Extra, DateOnly? Date, Uri Link);

    [Fact]
    public void Equal_values_in_different_instances_are_equal() =>
        Assert.True(StructuralEquality.AreEqual(Make(), Make(), _ => false));

    [Theory]
    [InlineData("name")]
    [InlineData("tags")]
    [InlineData("extra")]
    [InlineData("date")]
    [InlineData("link")]
    public void A_difference_in_any_member_is_found(string member)
    {
        var changed = member switch
        {
            "name" => Make() with { Name = "other" },
            "tags" => Make() with { Tags = ["a", "c"] },
            "extra" => Make() with { Extra = ImmutableDictionary<string, object>.Empty.Add("audience", "adults").Add("level", 2) },
            "date" => Make() with { Date = null },
            _ => Make() with { Link = new Uri("https://example.test/b") },
        };

        Assert.False(StructuralEquality.AreEqual(Make(), changed, _ => false));
    }

    [Fact]
    public void Ignored_members_are_not_compared() =>
        Assert.True(StructuralEquality.AreEqual(Make(), Make() with { Name = "other" }, p => p.Name == nameof(Sample.Name)));

    [Fact]
    public void Default_and_empty_arrays_are_handled()
    {
        Assert.True(StructuralEquality.AreEqual(Make() with { Tags = default }, Make() with { Tags = default }, _ => false));
        Assert.False(StructuralEquality.AreEqual(Make() with { Tags = default }, Make() with { Tags = [] }, _ => false));
    }

    [Fact]
    public void Classes_without_value_equality_count_as_different() =>
        Assert.False(StructuralEquality.AreEqual(new object(), new object(), _ => false));

    private static Sample Make() => new(
        "name",
        ["a", "b"],
        ImmutableDictionary<string, object>.Empty.Add("audience", "adults").Add("level", 1),
        new DateOnly(2026, 1, 1),
        new Uri("https://example.test/a"));
}
