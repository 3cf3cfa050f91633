namespace Relevare.Static.Tests.Medical;

public sealed class PeopleTests
{
    private static BuildResult Build(string reviewer, string? people = null)
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage($"reviewed: 2026-11-20\nreviewer: {reviewer}", "Text.\n"));
        if (people is not null)
        {
            files["content/_data/people.yml"] = people;
        }

        return MedicalSite.Build(files);
    }

    [Fact]
    public void An_unknown_reviewer_is_an_error_at_the_front_matter_line()
    {
        var error = Assert.Single(Build("malek").Diagnostics);

        Assert.Equal(("RS0601", "content/conditions/migraine.md:4:11"), (error.Code, error.Location));
        Assert.Equal("reviewer 'malek' is not in content/_data/people.yml", error.Message);
        Assert.StartsWith("did you mean 'mallek'?", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_instead_of_a_key_gets_the_key_as_hint()
    {
        var error = Assert.Single(Build("\"Dr. Mallek\"").Diagnostics);

        Assert.Equal("'reviewer' names a person by key: write 'reviewer: mallek'", error.Hint);
    }

    [Fact]
    public void An_unknown_author_is_an_error_too()
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2026-11-20\nreviewer: mallek\nauthor: smith", "Text.\n"));

        var error = Assert.Single(MedicalSite.Build(files).Diagnostics);

        Assert.Equal(("RS0601", "content/conditions/migraine.md:5:9"), (error.Code, error.Location));
    }

    [Fact]
    public void The_people_file_is_not_a_page_and_gives_no_warning()
    {
        var result = Build("mallek");

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("_data", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_needs_a_name_and_credentials()
    {
        var result = Build("mallek", "mallek:\n  name: \"Dr. Mallek\"\n  bio: /about/\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0602", "content/_data/people.yml:2:3", "person 'mallek' has no credentials"), (error.Code, error.Location, error.Message));
    }

    [Fact]
    public void A_bio_must_be_a_published_page()
    {
        var result = Build("mallek", "mallek:\n  name: \"Dr. Mallek\"\n  credentials: MD\n  bio: /team/mallek/\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0602", "content/_data/people.yml:1:1"), (error.Code, error.Location));
        Assert.Contains("'/team/mallek/'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_people_file_is_reported_once_and_keys_are_not_checked()
    {
        var result = Build("mallek", "mallek: [unclosed\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RS0602", error.Code);
        Assert.Equal("content/_data/people.yml", error.Path);
    }

    [Fact]
    public void Without_a_people_file_every_key_is_unknown()
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2026-11-20\nreviewer: mallek", "Text.\n"));
        files.Remove("content/_data/people.yml");

        var error = Assert.Single(MedicalSite.Build(files).Diagnostics);

        Assert.Equal("RS0601", error.Code);
        Assert.StartsWith("there is no content/_data/people.yml", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_health_page_of_a_type_that_does_not_require_a_review_must_still_have_one()
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage("reviewer: mallek", "Text.\n"));
        files["site.yml"] = files["site.yml"].Replace("reviewed: { required: true }", "reviewed: {}", StringComparison.Ordinal);

        var error = Assert.Single(MedicalSite.Build(files).Diagnostics);

        Assert.Equal(("RS0603", "content/conditions/migraine.md:2:1"), (error.Code, error.Location));
    }

    [Fact]
    public void A_health_type_must_declare_reviewed_and_reviewer()
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2026-11-20\nreviewer: mallek", "Text.\n"));
        files["site.yml"] = files["site.yml"].Replace("health_types: [article]", "health_types: [article, page]", StringComparison.Ordinal)
            .Replace("      reviewed: {}\n      reviewer: {}\n      author: {}\n  article:", "      author: {}\n  article:", StringComparison.Ordinal);

        var errors = MedicalSite.Build(files).Diagnostics;

        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.Equal(("RS0104", "site.yml:7:27"), (e.Code, e.Location)));
        Assert.Contains(errors, e => e.Message == "content type 'page' holds health pages, so it must declare the field 'reviewed'");
    }
}
