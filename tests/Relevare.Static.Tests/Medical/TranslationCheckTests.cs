using System.Collections.Immutable;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Medical;
using Relevare.Static.Site;

namespace Relevare.Static.Tests.Medical;

/// <summary>The translation rules as pure functions over a source page, its translation, the people and the review record.</summary>
public sealed class TranslationCheckTests
{
    private const string SourcePath = "content/conditions/migraine.md";
    private const string TranslationPath = "content/es/conditions/migraine.md";

    private static readonly Person Mallek = new("mallek", "Dr. Mallek", "MD", null, null, SourceLocation.File("content/_data/people.yml"));
    private static readonly Person Bilingual = Mallek with { Key = "garcia", Name = "Dr. García", Languages = ["en", "es"] };

    private static readonly Reference Niesters = new("niesters2014", ["Niesters M"], "Ketamine for chronic pain", "Br J Clin Pharmacol", "2014", "77", "2", "357-367", "10.1111/bcp.12094", null, null, SourceLocation.File(SourcePath));
    private static readonly Reference Schwenk = new("schwenk2018", ["Schwenk ES"], "Ketamine for refractory headache", "Reg Anesth Pain Med", "2018", "43", "8", "875-879", "10.1097/AAP.0000000000000827", "29923953", null, SourceLocation.File(SourcePath));

    private static SourcePage Page(string path, string body, ImmutableArray<Reference> references, DateOnly? reviewed = null, Person? reviewer = null, TranslationRecord? record = null)
    {
        var locations = ImmutableDictionary<string, SourceLocation>.Empty
            .Add("reviewed", new SourceLocation(path, 4, 11)).Add("reviewer", new SourceLocation(path, 5, 11)).Add("references", new SourceLocation(path, 6, 1));
        var meta = new PageMetadata("article", "article", "Migraine", "About migraine.", null, null, reviewed, reviewer?.Key, null, false, [], [], [],
            ImmutableSortedDictionary<string, object>.Empty, locations)
        {
            Medical = new MedicalMetadata(true, null, null, reviewer, null, references, null) { TranslationOf = record },
        };
        return new SourcePage(path, "conditions", meta, body, 10);
    }

    private static readonly SourcePage Source = Page(SourcePath, "Ketamine may help some people.", [Niesters, Schwenk], new(2026, 11, 20), Mallek);

    private static MedicalSettings Settings(params ReviewEntry[] history) =>
        new([], 12, 30, 8, ".disclaimer", [])
        {
            People = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("mallek", Mallek), KeyValuePair.Create("garcia", Bilingual)]),
            Reviews = history.Length == 0
                ? ImmutableSortedDictionary<string, ImmutableArray<ReviewEntry>>.Empty
                : ImmutableSortedDictionary<string, ImmutableArray<ReviewEntry>>.Empty.WithComparers(StringComparer.Ordinal).Add(SourcePath, [.. history]),
        };

    private static ReviewEntry Review(DateOnly date, string fingerprint) => new(date, "mallek", null, fingerprint, SourceLocation.File("content/_data/reviews.yml"));

    private static ReviewEntry Editorial(DateOnly date, string fingerprint) => new(date, "mallek", "typo fix", fingerprint, SourceLocation.File("content/_data/reviews.yml"));

    private static TranslationRecord Record(string fingerprint, DateOnly? reviewed = null, string source = SourcePath) =>
        new(source, fingerprint, reviewed, new SourceLocation(TranslationPath, 7, 1));

    private static (TranslationStatus Status, List<Diagnostic> Diagnostics) Check(SourcePage translation, MedicalSettings settings, SourcePage? source = null)
    {
        var diagnostics = new List<Diagnostic>();
        var status = TranslationCheck.Check(translation, "es", "en", source ?? Source, settings, diagnostics);
        return (status, diagnostics);
    }

    [Fact]
    public void A_translation_of_the_current_version_is_current()
    {
        var current = ReviewFingerprint.Of(Source);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 22), Bilingual, Record(current, new(2026, 11, 20)));

        var (status, diagnostics) = Check(translation, Settings(Review(new(2026, 11, 20), current)));

        Assert.Empty(diagnostics);
        Assert.Equal(TranslationState.Current, status.State);
        Assert.False(status.IsOutOfDate);
    }

    [Fact]
    public void A_source_changed_and_signed_off_after_the_translation_makes_it_out_of_date_since_that_sign_off()
    {
        var old = "sha256:" + new string('a', 64);
        var current = ReviewFingerprint.Of(Source);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 22), Bilingual, Record(old, new(2026, 11, 20)));

        var (status, diagnostics) = Check(translation, Settings(Review(new(2026, 11, 20), old), Review(new(2026, 12, 1), current)));

        var warning = Assert.Single(diagnostics);
        Assert.Equal(("RS0626", $"{TranslationPath}:7:1", false), (warning.Code, warning.Location.ToString(), warning.IsError));
        Assert.Equal($"this translation is out of date since 2026-12-01: its source {SourcePath} changed after it was translated, and the new version was signed off on 1 December 2026 by Dr. Mallek", warning.Message);
        Assert.Contains($"'fingerprint: \"{current}\"' and 'reviewed: 2026-12-01'", warning.Hint, StringComparison.Ordinal);
        Assert.Equal((TranslationState.OutOfDate, new DateOnly(2026, 12, 1)), (status.State, status.Since));
    }

    [Fact]
    public void A_source_change_not_yet_signed_off_is_no_finding_on_the_translation_which_waits_for_the_sign_off()
    {
        var old = "sha256:" + new string('a', 64);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 22), Bilingual, Record(old, new(2026, 11, 20)));

        var (status, diagnostics) = Check(translation, Settings(Review(new(2026, 11, 20), old)));

        Assert.Empty(diagnostics);
        Assert.Equal((TranslationState.SourceChangePending, (DateOnly?)null), (status.State, status.Since));
        Assert.False(status.IsOutOfDate);
    }

    [Fact]
    public void A_source_signed_off_twice_since_the_version_translated_is_out_of_date_since_the_first_and_the_hint_gives_the_last()
    {
        var v1 = "sha256:" + new string('a', 64);
        var v2 = "sha256:" + new string('b', 64);
        var current = ReviewFingerprint.Of(Source);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 3), Bilingual, Record(v1, new(2026, 11, 1)));

        var (status, diagnostics) = Check(translation, Settings(Review(new(2026, 11, 1), v1), Review(new(2026, 11, 20), v2), Review(new(2026, 12, 1), current)));

        var warning = Assert.Single(diagnostics);
        Assert.Equal(("RS0626", false), (warning.Code, warning.IsError));
        Assert.Equal(
            $"this translation is out of date since 2026-11-20: its source {SourcePath} changed after it was translated, and it has been signed off 2 times since: first on 20 November 2026 by Dr. Mallek, last on 1 December 2026 by Dr. Mallek",
            warning.Message);
        Assert.Contains($"'fingerprint: \"{current}\"' and 'reviewed: 2026-12-01'", warning.Hint, StringComparison.Ordinal);
        Assert.Equal((TranslationState.OutOfDate, new DateOnly(2026, 11, 20)), (status.State, status.Since));
    }

    [Fact]
    public void A_source_signed_off_and_then_changed_again_is_out_of_date_since_that_sign_off_and_the_hint_waits_for_the_next()
    {
        var v1 = "sha256:" + new string('a', 64);
        var v2 = "sha256:" + new string('b', 64);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 3), Bilingual, Record(v1, new(2026, 11, 1)));

        var (status, diagnostics) = Check(translation, Settings(Review(new(2026, 11, 1), v1), Review(new(2026, 11, 20), v2)));

        var warning = Assert.Single(diagnostics);
        Assert.Equal(
            $"this translation is out of date since 2026-11-20: its source {SourcePath} changed after it was translated, and the new version was signed off on 20 November 2026 by Dr. Mallek; it has changed again since, and that change is not signed off yet",
            warning.Message);
        Assert.DoesNotContain("fingerprint: \"", warning.Hint, StringComparison.Ordinal);
        Assert.StartsWith($"{SourcePath} has a newer change that is not signed off yet", warning.Hint, StringComparison.Ordinal);
        Assert.Equal((TranslationState.OutOfDate, new DateOnly(2026, 11, 20)), (status.State, status.Since));
    }

    [Fact]
    public void An_editorial_entry_after_a_new_review_does_not_hide_that_review()
    {
        var v1 = "sha256:" + new string('a', 64);
        var v2 = "sha256:" + new string('b', 64);
        var current = ReviewFingerprint.Of(Source);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 3), Bilingual, Record(v1, new(2026, 11, 1)));

        var (status, diagnostics) = Check(translation, Settings(Review(new(2026, 11, 1), v1), Review(new(2026, 11, 20), v2), Editorial(new(2026, 11, 25), current)));

        var warning = Assert.Single(diagnostics);
        Assert.StartsWith("this translation is out of date since 2026-11-20:", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"'fingerprint: \"{current}\"' and 'reviewed: 2026-11-20'", warning.Hint, StringComparison.Ordinal);
        Assert.Equal((TranslationState.OutOfDate, new DateOnly(2026, 11, 20)), (status.State, status.Since));
    }

    [Fact]
    public void After_an_editorial_change_a_further_change_not_signed_off_keeps_the_translation_waiting()
    {
        var v1 = "sha256:" + new string('a', 64);
        var v2 = "sha256:" + new string('b', 64);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 22), Bilingual, Record(v1, new(2026, 11, 20)));

        var (status, diagnostics) = Check(translation, Settings(Review(new(2026, 11, 20), v1), Editorial(new(2026, 11, 25), v2)));

        Assert.Empty(diagnostics);
        Assert.Equal(TranslationState.SourceChangePending, status.State);
    }

    [Fact]
    public void A_translation_of_a_text_never_signed_off_waits_while_the_source_is_unsigned_and_is_out_of_date_once_it_is_signed_off()
    {
        var v1 = "sha256:" + new string('a', 64);
        var draft = "sha256:" + new string('c', 64);
        var current = ReviewFingerprint.Of(Source);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 22), Bilingual, Record(draft, new(2026, 11, 20)));

        var (waiting, none) = Check(translation, Settings(Review(new(2026, 11, 20), v1)));
        var (behind, diagnostics) = Check(translation, Settings(Review(new(2026, 11, 20), v1), Review(new(2026, 12, 1), current)));

        Assert.Empty(none);
        Assert.Equal(TranslationState.SourceChangePending, waiting.State);
        Assert.Equal("RS0626", Assert.Single(diagnostics).Code);
        Assert.Equal((TranslationState.OutOfDate, new DateOnly(2026, 12, 1)), (behind.State, behind.Since));
    }

    [Fact]
    public void A_source_without_a_sign_off_record_is_taken_at_its_reviewed_date()
    {
        var old = "sha256:" + new string('a', 64);
        var source = Source with { Metadata = Source.Metadata with { Reviewed = new DateOnly(2026, 12, 1) } };
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 22), Bilingual, Record(old, new(2026, 11, 20)));

        var (status, diagnostics) = Check(translation, Settings(), source);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(
            $"this translation is out of date since 2026-12-01: its source {SourcePath} changed after it was translated, and it has no sign-off in content/_data/reviews.yml, so its current text stands as reviewed on 1 December 2026 (its 'reviewed' date)",
            warning.Message);
        Assert.Contains($"'fingerprint: \"{ReviewFingerprint.Of(source)}\"' and 'reviewed: 2026-12-01'", warning.Hint, StringComparison.Ordinal);
        Assert.Equal((TranslationState.OutOfDate, new DateOnly(2026, 12, 1)), (status.State, status.Since));
    }

    [Fact]
    public void A_source_without_a_sign_off_record_whose_reviewed_date_did_not_move_is_out_of_date_without_a_date()
    {
        var old = "sha256:" + new string('a', 64);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 22), Bilingual, Record(old, new(2026, 11, 20)));

        var (status, diagnostics) = Check(translation, Settings());

        Assert.StartsWith($"this translation is out of date: its source {SourcePath} changed", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal((TranslationState.OutOfDate, (DateOnly?)null), (status.State, status.Since));
    }

    [Fact]
    public void A_source_without_a_sign_off_record_whose_review_is_pending_keeps_the_translation_waiting()
    {
        var old = "sha256:" + new string('a', 64);
        var source = Source with { Metadata = Source.Metadata with { Reviewed = null } };
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], null, null, Record(old));

        var (status, diagnostics) = Check(translation, Settings(), source);

        Assert.Empty(diagnostics);
        Assert.Equal(TranslationState.SourceChangePending, status.State);
    }

    [Fact]
    public void A_changed_source_that_is_not_a_health_page_has_no_sign_off_to_wait_for()
    {
        var old = "sha256:" + new string('a', 64);
        var source = Source with { Metadata = Source.Metadata with { Medical = Source.Metadata.Medical with { IsHealthPage = false } } };
        var translation = Page(TranslationPath, "Hola.", [Niesters, Schwenk], record: Record(old));
        translation = translation with { Metadata = translation.Metadata with { Medical = translation.Metadata.Medical with { IsHealthPage = false } } };

        var (status, diagnostics) = Check(translation, Settings(), source);

        Assert.Equal($"this translation is out of date: its source {SourcePath} changed after it was translated", Assert.Single(diagnostics).Message);
        Assert.DoesNotContain("'reviewed:", diagnostics[0].Hint, StringComparison.Ordinal);
        Assert.Equal((TranslationState.OutOfDate, (DateOnly?)null), (status.State, status.Since));
    }

    [Fact]
    public void An_editorial_change_to_the_source_leaves_the_translation_current()
    {
        var old = "sha256:" + new string('a', 64);
        var current = ReviewFingerprint.Of(Source);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 22), Bilingual, Record(old, new(2026, 11, 20)));

        var (status, diagnostics) = Check(translation, Settings(Review(new(2026, 11, 20), old), Editorial(new(2026, 11, 28), current)));

        Assert.Empty(diagnostics);
        Assert.Equal(TranslationState.Current, status.State);
    }

    [Fact]
    public void A_reviewer_who_does_not_list_the_language_is_an_error_at_the_reviewer()
    {
        var current = ReviewFingerprint.Of(Source);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 22), Mallek, Record(current));

        var (_, diagnostics) = Check(translation, Settings());

        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0630", $"{TranslationPath}:5:11", true), (error.Code, error.Location.ToString(), error.IsError));
        Assert.Equal("this page is in 'es', but its reviewer 'mallek' (Dr. Mallek) lists no 'languages' (so only en) in content/_data/people.yml: a translated health page needs its own review by someone who reads its language", error.Message);
        Assert.Contains("'languages: [en, es]'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_reference_keys_are_an_error_naming_what_is_missing_and_added()
    {
        var current = ReviewFingerprint.Of(Source);
        var other = Schwenk with { Key = "pomeroy2017", Doi = "10.1111/head.13013", Pmid = null, Year = "2017" };
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, other], new(2026, 11, 22), Bilingual, Record(current));

        var (_, diagnostics) = Check(translation, Settings());

        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0631", $"{TranslationPath}:6:1"), (error.Code, error.Location.ToString()));
        Assert.Equal($"this translation's references differ from those of its source {SourcePath}: it lacks 'schwenk2018'; it adds 'pomeroy2017'", error.Message);
    }

    [Fact]
    public void The_same_key_for_another_work_is_an_error()
    {
        var current = ReviewFingerprint.Of(Source);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk with { Doi = "10.1111/head.13013" }], new(2026, 11, 22), Bilingual, Record(current));

        var (_, diagnostics) = Check(translation, Settings());

        Assert.EndsWith("'schwenk2018' names another work (DOI, PubMed id or year differ)", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_before_the_source_version_existed_is_an_error()
    {
        var current = ReviewFingerprint.Of(Source);
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 1), Bilingual, Record(current, new(2026, 11, 20)));

        var (_, diagnostics) = Check(translation, Settings(Review(new(2026, 11, 20), current)));

        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0632", $"{TranslationPath}:4:11"), (error.Code, error.Location.ToString()));
        Assert.Contains("reviewed on 2026-11-01, before the version of content/conditions/migraine.md it translates was signed off (2026-11-20)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_without_a_record_is_a_warning_that_offers_the_current_fingerprint()
    {
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], new(2026, 11, 22), Bilingual);

        var (status, diagnostics) = Check(translation, Settings());

        var warning = Assert.Single(diagnostics);
        Assert.Equal(("RS0627", false), (warning.Code, warning.IsError));
        Assert.Contains(ReviewFingerprint.Of(Source), warning.Hint, StringComparison.Ordinal);
        Assert.Equal(TranslationState.NotRecorded, status.State);
    }

    [Fact]
    public void A_page_that_is_not_a_health_page_needs_no_record()
    {
        var source = Source with { Metadata = Source.Metadata with { Medical = Source.Metadata.Medical with { IsHealthPage = false } } };
        var translation = Page(TranslationPath, "Hola.", [Niesters, Schwenk]);
        translation = translation with { Metadata = translation.Metadata with { Medical = translation.Metadata.Medical with { IsHealthPage = false } } };

        var (status, diagnostics) = Check(translation, Settings(), source);

        Assert.Empty(diagnostics);
        Assert.Equal(TranslationState.NotRecorded, status.State);
    }

    [Fact]
    public void A_record_naming_another_page_is_an_error()
    {
        var translation = Page(TranslationPath, "x", [Niesters, Schwenk], null, null, Record(ReviewFingerprint.Of(Source), source: "content/conditions/cluster.md"));

        var (_, diagnostics) = Check(translation, Settings());

        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0628", true), (error.Code, error.IsError));
        Assert.Contains($"the page in en with this page's translation key is '{SourcePath}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_any_source_page_is_an_error()
    {
        var translation = Page(TranslationPath, "x", [], null, null, Record(ReviewFingerprint.Of(Source)));
        var diagnostics = new List<Diagnostic>();

        TranslationCheck.Check(translation, "es", "en", null, Settings(), diagnostics);

        Assert.Equal("RS0628", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_health_translation_without_a_shown_review_is_pending()
    {
        var translation = Page(TranslationPath, "La ketamina puede ayudar.", [Niesters, Schwenk], null, null, Record(ReviewFingerprint.Of(Source)));

        var (status, diagnostics) = Check(translation, Settings());

        Assert.Empty(diagnostics);
        Assert.Equal(TranslationState.PendingReview, status.State);
    }

    [Theory]
    [InlineData("es", true)]
    [InlineData("en", true)]
    [InlineData("fr", false)]
    public void A_person_reviews_in_the_languages_they_list(string language, bool expected) =>
        Assert.Equal(expected, Bilingual.ReviewsIn(language, "en"));

    [Fact]
    public void A_person_without_languages_reviews_in_the_sites_language_only()
    {
        Assert.True(Mallek.ReviewsIn("en", "en"));
        Assert.False(Mallek.ReviewsIn("es", "en"));
    }
}
