using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Configuration;

/// <summary>
/// The level of every diagnostic code, and which ones site.yml's <c>checks:</c> may change. A level set there
/// changes how the code's findings are reported (<c>error</c>, <c>warning</c>, or <c>off</c>: not reported); what the
/// build does with the thing found does not change (a page whose file name cannot be a URL is still not published,
/// a field of the wrong type is still left out). The codes that protect patients and the output cannot be relaxed:
/// <see cref="Rule.FixedBecause"/> says why. docs/editors-guide.md lists every code's level.
/// </summary>
public static class DiagnosticLevels
{
    /// <summary>One code's default level and, when site.yml cannot relax it, why.</summary>
    /// <param name="Code">E.g. <c>RS0502</c>.</param>
    /// <param name="Default">The level its findings have unless site.yml says otherwise.</param>
    /// <param name="FixedBecause">Why the level cannot be changed, or null when it can.</param>
    public sealed record Rule(string Code, CheckLevel Default, string? FixedBecause)
    {
        /// <summary>True when site.yml may set this code's level.</summary>
        public bool IsConfigurable => FixedBecause is null;
    }

    private const string Unreadable = "the file's text cannot be read faithfully, and invisible characters can change what patients read";
    private const string NotRead = "a file that could not be read would be left out of the published site without a word";
    private const string Config = "it is a mistake in the site's settings themselves";
    private const string Bug = "it is a bug in relevare: the file was not built";
    private const string Budget = "it protects the build from input that would exhaust time or memory";
    private const string UnsafeYaml = "YAML tags and aliases can build unbounded data (\"billion laughs\") or objects: they are never read";
    private const string UnsafeScheme = "a javascript:, vbscript: or data: link runs or shows code in the patient's browser; other schemes can be allowed with 'markdown: link_schemes:'";
    private const string OneFile = "two things published at one address would silently replace each other";
    private const string PathEscape = "an alias that climbs out of the site or names a hidden folder would be written outside the published site";
    private const string Script = "script in a published page runs in the patient's browser";
    private const string Review = "a health page reaches patients only when a named, known clinician has reviewed it";
    private const string Disclaimer = "every health page must show the medical disclaimer";
    private const string BrokenImage = "the page would show a picture that is not published";
    private const string Symlink = "a symbolic link could publish a file from outside the site's folder";
    private const string ContentLink = "a symbolic link in content/ could read or publish files from outside the site's folder, and the pages behind it would silently be missing";
    private const string Location = "a photo's GPS position tells where a patient or clinician was";

    /// <summary>Every code, by code.</summary>
    public static readonly ImmutableSortedDictionary<string, Rule> All = BuildRules();

    /// <summary>The rule of <paramref name="code"/>; a code this table does not know is treated as a configurable error.</summary>
    public static Rule Of(string code) => All.TryGetValue(code, out var rule) ? rule : new Rule(code, CheckLevel.Error, null);

    /// <summary>
    /// <paramref name="diagnostic"/> at the level <paramref name="levels"/> gives its code (as it is when they do not
    /// name it or the code cannot be changed), or null when that level is <see cref="CheckLevel.Off"/>.
    /// </summary>
    public static Diagnostic? Apply(IReadOnlyDictionary<string, CheckLevel> levels, Diagnostic diagnostic)
    {
        if (levels.Count == 0 || !levels.TryGetValue(diagnostic.Code, out var level) || !Of(diagnostic.Code).IsConfigurable)
        {
            return diagnostic;
        }

        return level switch
        {
            CheckLevel.Off => null,
            CheckLevel.Warning => diagnostic.IsError ? diagnostic with { Severity = DiagnosticSeverity.Warning } : diagnostic,
            _ => diagnostic.IsError ? diagnostic : diagnostic with { Severity = DiagnosticSeverity.Error },
        };
    }

    /// <summary>Applies <paramref name="levels"/> to the diagnostics of <paramref name="diagnostics"/> from index <paramref name="from"/> on, in place.</summary>
    public static void ApplyInPlace(IReadOnlyDictionary<string, CheckLevel> levels, List<Diagnostic> diagnostics, int from = 0)
    {
        if (levels.Count == 0 || from >= diagnostics.Count)
        {
            return;
        }

        var kept = diagnostics.Skip(from).Select(d => Apply(levels, d)).OfType<Diagnostic>().ToList();
        diagnostics.RemoveRange(from, diagnostics.Count - from);
        diagnostics.AddRange(kept);
    }

    private const string GoLive = "a warning that --strict turns into an error: what is unconfirmed or unreviewed must not go live";

    private const string WrongWords = "a page would show a blank, or words in another language, where the template's own words belong";
    private const string OneTranslation = "two pages in one language claiming to be the same translation leave the language switcher and hreflang pointing at one of them at random";

    private const string Reach = "a patient who taps the number must reach the clinic";

    private static ImmutableSortedDictionary<string, Rule> BuildRules()
    {
        var error = CheckLevel.Error;
        var warning = CheckLevel.Warning;
        var rules = new List<Rule>
        {
            new(DiagnosticCodes.InvalidUtf8, error, Unreadable),
            new(DiagnosticCodes.FileTooLarge, error, Budget),
            new(DiagnosticCodes.ControlCharacter, error, Unreadable),
            new(DiagnosticCodes.NotPublished, warning, null),
            new(DiagnosticCodes.CannotRead, error, NotRead),
            new(DiagnosticCodes.SymbolicLinkInContent, error, ContentLink),
            new(DiagnosticCodes.RenderBudget, error, Budget),
            new(DiagnosticCodes.CheckBudget, error, Budget),
            new(DiagnosticCodes.InternalError, error, Bug),
            new(DiagnosticCodes.ConfigMissing, error, Config),
            new(DiagnosticCodes.ConfigSyntax, error, Config),
            new(DiagnosticCodes.ConfigUnknownKey, error, Config),
            new(DiagnosticCodes.ConfigInvalidValue, error, Config),
            new(DiagnosticCodes.ConfigMissingKey, error, Config),
            new(DiagnosticCodes.ConfigTemplateMissing, error, Config),
            new(DiagnosticCodes.ClinicPhoneNotDiallable, error, Reach),
            new(DiagnosticCodes.BaseUrlIsExample, warning, GoLive),
            new(DiagnosticCodes.ConfigPlaceholder, warning, GoLive),
            new(DiagnosticCodes.ConfigLanguagesInvalid, error, Config),
            new(DiagnosticCodes.ConfigDefaultLanguageNotListed, error, Config),
            new(DiagnosticCodes.ConfigLanguageFolderInvalid, error, Config),
            new(DiagnosticCodes.ConfigLanguageFolderIsSection, error, Config),
            new(DiagnosticCodes.FrontMatterUnterminated, error, null),
            new(DiagnosticCodes.FrontMatterSyntax, error, null),
            new(DiagnosticCodes.FrontMatterUnknownField, error, null),
            new(DiagnosticCodes.FrontMatterWrongType, error, null),
            new(DiagnosticCodes.FrontMatterMissingField, error, null),
            new(DiagnosticCodes.FrontMatterInvalidDate, error, null),
            new(DiagnosticCodes.FrontMatterOutOfLimits, error, null),
            new(DiagnosticCodes.FrontMatterDuplicateKey, error, null),
            new(DiagnosticCodes.FrontMatterUnknownType, error, null),
            new(DiagnosticCodes.FrontMatterUnknownTemplate, error, null),
            new(DiagnosticCodes.FrontMatterNotMapping, error, null),
            new(DiagnosticCodes.FrontMatterUnsafeYaml, error, UnsafeYaml),
            new(DiagnosticCodes.FrontMatterMissing, error, null),
            new(DiagnosticCodes.InvalidTranslationKey, error, null),
            new(DiagnosticCodes.LinkToMissingPage, error, null),
            new(DiagnosticCodes.UnsafeUrl, error, UnsafeScheme),
            new(DiagnosticCodes.RawHtmlEscaped, error, null),
            new(DiagnosticCodes.MarkdownTooComplex, error, Budget),
            new(DiagnosticCodes.UnclosedHtmlComment, warning, null),
            new(DiagnosticCodes.TemplateSyntax, error, null),
            new(DiagnosticCodes.TemplateRuntime, error, null),
            new(DiagnosticCodes.TemplateStringMissing, error, WrongWords),
            new(DiagnosticCodes.StringsFileMissingKey, error, WrongWords),
            new(DiagnosticCodes.StringsFileInvalid, error, null),
            new(DiagnosticCodes.UrlCollision, error, OneFile),
            new(DiagnosticCodes.InvalidSlug, error, null),
            new(DiagnosticCodes.DuplicateTranslation, error, OneTranslation),
            new(DiagnosticCodes.UndeclaredLanguageFolder, warning, null),
            new(DiagnosticCodes.TranslationKeyUnmatched, warning, null),
            new(DiagnosticCodes.UnknownPerson, error, Review),
            new(DiagnosticCodes.PeopleFileInvalid, error, null),
            new(DiagnosticCodes.HealthPageNotReviewed, error, Review),
            new(DiagnosticCodes.ReviewDueSoon, warning, null),
            new(DiagnosticCodes.ReviewOverdue, warning, null),
            new(DiagnosticCodes.InvalidNextReview, error, null),
            new(DiagnosticCodes.UnknownCitation, error, null),
            new(DiagnosticCodes.UnusedReference, warning, null),
            new(DiagnosticCodes.InvalidReference, error, null),
            new(DiagnosticCodes.UncitedClaim, warning, null),
            new(DiagnosticCodes.MissingDisclaimer, error, Disclaimer),
            new(DiagnosticCodes.ReadabilityAboveTarget, warning, null),
            new(DiagnosticCodes.InvalidReadabilityException, error, null),
            new(DiagnosticCodes.StructuredDataInvalid, error, null),
            new(DiagnosticCodes.PeoplePlaceholder, warning, GoLive),
            new(DiagnosticCodes.FrontMatterPlaceholder, warning, GoLive),
            new(DiagnosticCodes.FillInText, warning, GoLive),
            new(DiagnosticCodes.TelLinkNotDiallable, error, Reach),
            new(DiagnosticCodes.TelLinkMismatch, error, Reach),
            new(DiagnosticCodes.TelLinkPlaceholder, warning, GoLive),
            new(DiagnosticCodes.ReviewInFuture, warning, GoLive),
            new(DiagnosticCodes.ReviewerCredentialsPlaceholder, warning, GoLive),
            new(DiagnosticCodes.ChangedSinceReview, warning, GoLive),
            new(DiagnosticCodes.ReviewRecordInvalid, error, GoLive),
            new(DiagnosticCodes.ReviewRecordMismatch, warning, GoLive),
            new(DiagnosticCodes.TranslationOutOfDate, warning, GoLive),
            new(DiagnosticCodes.TranslationNotRecorded, warning, GoLive),
            new(DiagnosticCodes.TranslationSourceUnknown, error, null),
            new(DiagnosticCodes.TranslationRecordInvalid, error, null),
            new(DiagnosticCodes.ReviewerLacksLanguage, error, Review),
            new(DiagnosticCodes.TranslationReferencesDiffer, error, null),
            new(DiagnosticCodes.TranslationReviewBeforeSource, error, Review),
            new(DiagnosticCodes.SpanishReadabilityBelowTarget, warning, null),
            new(DiagnosticCodes.ReadabilityExceptionWrongScale, error, null),
            new(DiagnosticCodes.InvalidAlias, error, PathEscape),
            new(DiagnosticCodes.RedirectLoop, error, null),
            new(DiagnosticCodes.ContentSecurityPolicy, error, null),
            new(DiagnosticCodes.ConditionWithoutUrl, error, null),
            new(DiagnosticCodes.HeadersOverLimit, warning, null),
            new(DiagnosticCodes.StyleSheetCycle, error, null),
            new(DiagnosticCodes.AliasToHiddenPath, error, PathEscape),
            new(DiagnosticCodes.ImageNotFound, error, BrokenImage),
            new(DiagnosticCodes.ImageUnreadable, error, BrokenImage),
            new(DiagnosticCodes.ImageMislabelled, error, BrokenImage),
            new(DiagnosticCodes.ImageTooManyPixels, error, Budget),
            new(DiagnosticCodes.ImageFileTooLarge, error, Budget),
            new(DiagnosticCodes.ImageSvgUnsafe, error, Script),
            new(DiagnosticCodes.ImageSymbolicLink, error, Symlink),
            new(DiagnosticCodes.ImageSvgWithoutSize, error, BrokenImage),
            new(DiagnosticCodes.ImagePublishedWithGps, error, Location),
            new(DiagnosticCodes.ImageNotInContent, error, BrokenImage),
        };

        // The checks of the built pages keep their levels (docs/checks.md); the ones against script cannot be relaxed.
        var scriptChecks = new[] { DiagnosticCodes.CheckUnsafeUrl, DiagnosticCodes.CheckEventHandler, DiagnosticCodes.CheckInlineScript, DiagnosticCodes.CheckAnimatedUrl };
        rules.AddRange(CheckRules.All.Values.Select(c => new Rule(c.Code, c.DefaultLevel, scriptChecks.Contains(c.Code) ? Script : null)));
        return rules.ToImmutableSortedDictionary(r => r.Code, r => r, StringComparer.Ordinal);
    }
}
