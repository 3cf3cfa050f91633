namespace Relevare.Static.Diagnostics;

/// <summary>
/// Every diagnostic code the build can report. Codes are stable: they are documented in the README and
/// may appear in users' CI filters. RS01xx are configuration problems (exit code 2); the rest are content,
/// template and output problems (exit code 1).
/// </summary>
public static class DiagnosticCodes
{
    // RS00xx: reading files.
    public const string InvalidUtf8 = "RS0001";
    public const string FileTooLarge = "RS0002";
    public const string ControlCharacter = "RS0003";
    public const string NotPublished = "RS0004";
    public const string CannotRead = "RS0005";
    public const string SymbolicLinkInContent = "RS0006";
    public const string RenderBudget = "RS0007";
    public const string CheckBudget = "RS0008";
    public const string InternalError = "RS0009";

    // RS01xx: site.yml.
    public const string ConfigMissing = "RS0101";
    public const string ConfigSyntax = "RS0102";
    public const string ConfigUnknownKey = "RS0103";
    public const string ConfigInvalidValue = "RS0104";
    public const string ConfigMissingKey = "RS0105";
    public const string ConfigTemplateMissing = "RS0106";
    public const string ClinicPhoneNotDiallable = "RS0107";
    public const string BaseUrlIsExample = "RS0108";
    public const string ConfigPlaceholder = "RS0109";
    public const string ConfigLanguagesInvalid = "RS0110";
    public const string ConfigDefaultLanguageNotListed = "RS0111";
    public const string ConfigLanguageFolderInvalid = "RS0112";
    public const string ConfigLanguageFolderIsSection = "RS0113";

    // RS02xx: front matter.
    public const string FrontMatterUnterminated = "RS0201";
    public const string FrontMatterSyntax = "RS0202";
    public const string FrontMatterUnknownField = "RS0203";
    public const string FrontMatterWrongType = "RS0204";
    public const string FrontMatterMissingField = "RS0205";
    public const string FrontMatterInvalidDate = "RS0206";
    public const string FrontMatterOutOfLimits = "RS0207";
    public const string FrontMatterDuplicateKey = "RS0208";
    public const string FrontMatterUnknownType = "RS0209";
    public const string FrontMatterUnknownTemplate = "RS0210";
    public const string FrontMatterNotMapping = "RS0211";
    public const string FrontMatterUnsafeYaml = "RS0212";
    public const string FrontMatterMissing = "RS0213";
    public const string InvalidTranslationKey = "RS0214";

    // RS03xx: Markdown.
    public const string LinkToMissingPage = "RS0301";
    public const string UnsafeUrl = "RS0302";
    public const string RawHtmlEscaped = "RS0303";
    public const string MarkdownTooComplex = "RS0304";
    public const string UnclosedHtmlComment = "RS0305";

    // RS04xx: templates.
    public const string TemplateSyntax = "RS0401";
    public const string TemplateRuntime = "RS0402";
    public const string TemplateStringMissing = "RS0403";
    public const string StringsFileMissingKey = "RS0404";
    public const string StringsFileInvalid = "RS0405";

    // RS05xx: the site model.
    public const string UrlCollision = "RS0501";
    public const string InvalidSlug = "RS0502";
    public const string DuplicateTranslation = "RS0503";
    public const string UndeclaredLanguageFolder = "RS0504";
    public const string TranslationKeyUnmatched = "RS0505";

    // RS06xx: medical content governance (people, reviews, citations, claims, readability, disclaimer, JSON-LD).
    public const string UnknownPerson = "RS0601";
    public const string PeopleFileInvalid = "RS0602";
    public const string HealthPageNotReviewed = "RS0603";
    public const string ReviewDueSoon = "RS0604";
    public const string ReviewOverdue = "RS0605";
    public const string InvalidNextReview = "RS0606";
    public const string UnknownCitation = "RS0607";
    public const string UnusedReference = "RS0608";
    public const string InvalidReference = "RS0609";
    public const string UncitedClaim = "RS0610";
    public const string MissingDisclaimer = "RS0611";
    public const string ReadabilityAboveTarget = "RS0612";
    public const string InvalidReadabilityException = "RS0613";
    public const string StructuredDataInvalid = "RS0614";
    public const string PeoplePlaceholder = "RS0615";
    public const string FrontMatterPlaceholder = "RS0616";
    public const string FillInText = "RS0617";
    public const string TelLinkNotDiallable = "RS0618";
    public const string TelLinkMismatch = "RS0619";
    public const string TelLinkPlaceholder = "RS0620";
    public const string ReviewInFuture = "RS0621";
    public const string ReviewerCredentialsPlaceholder = "RS0622";
    public const string ChangedSinceReview = "RS0623";
    public const string ReviewRecordInvalid = "RS0624";
    public const string ReviewRecordMismatch = "RS0625";

    // RS0626–RS0635: translations (issue #19): which version of its source a translation translates, and its review.
    public const string TranslationOutOfDate = "RS0626";
    public const string TranslationNotRecorded = "RS0627";
    public const string TranslationSourceUnknown = "RS0628";
    public const string TranslationRecordInvalid = "RS0629";
    public const string ReviewerLacksLanguage = "RS0630";
    public const string TranslationReferencesDiffer = "RS0631";
    public const string TranslationReviewBeforeSource = "RS0632";

    // RS0636–RS0639: readability in Spanish.
    public const string SpanishReadabilityBelowTarget = "RS0636";
    public const string ReadabilityExceptionWrongScale = "RS0637";

    // RS07xx: checks of the rendered HTML (docs/checks.md; severities configurable in site.yml 'checks:').
    public const string CheckBrokenLink = "RS0701";
    public const string CheckBrokenFragment = "RS0702";
    public const string CheckTrailingSlash = "RS0703";
    public const string CheckDuplicateId = "RS0704";
    public const string CheckImageAlt = "RS0705";
    public const string CheckImageSize = "RS0706";
    public const string CheckDoctype = "RS0707";
    public const string CheckLanguage = "RS0708";
    public const string CheckTitle = "RS0709";
    public const string CheckMetaDescription = "RS0710";
    public const string CheckViewport = "RS0711";
    public const string CheckH1 = "RS0712";
    public const string CheckHeadingOrder = "RS0713";
    public const string CheckMainLandmark = "RS0714";
    public const string CheckEmptyLink = "RS0715";
    public const string CheckLinkText = "RS0716";
    public const string CheckObsoleteDoctype = "RS0717";
    public const string CheckEmptyUrl = "RS0718";
    public const string CheckMetaRefresh = "RS0719";
    public const string CheckUnsafeUrl = "RS0720";
    public const string CheckEventHandler = "RS0721";
    public const string CheckInlineScript = "RS0722";
    public const string CheckInlineStyle = "RS0723";
    public const string CheckIntegrity = "RS0724";
    public const string CheckInsecureLink = "RS0725";
    public const string CheckMailtoTel = "RS0726";
    public const string CheckImageMap = "RS0727";
    public const string CheckAnimatedUrl = "RS0728";
    public const string CheckForeignStyle = "RS0729";
    public const string CheckOrphanPage = "RS0730";
    public const string CheckExternalLink = "RS0740";
    public const string CheckRefreshToOtherSite = "RS0741";

    // RS08xx: publishing (redirects, listings, assets, security headers).
    public const string InvalidAlias = "RS0801";
    public const string RedirectLoop = "RS0802";
    public const string ContentSecurityPolicy = "RS0803";
    public const string ConditionWithoutUrl = "RS0804";
    public const string HeadersOverLimit = "RS0805";
    public const string StyleSheetCycle = "RS0806";
    public const string AliasToHiddenPath = "RS0809";

    // Checks of the built pages' translations (hreflang; docs/checks.md), configurable like the RS07xx checks.
    public const string HreflangNotReciprocal = "RS0807";
    public const string HreflangWrongLanguage = "RS0808";

    // RS09xx: images (Markdown images, their published variants, hostile files; docs/editors-guide.md "Images").
    public const string ImageNotFound = "RS0901";
    public const string ImageUnreadable = "RS0902";
    public const string ImageMislabelled = "RS0903";
    public const string ImageTooManyPixels = "RS0904";
    public const string ImageFileTooLarge = "RS0905";
    public const string ImageSvgUnsafe = "RS0906";
    public const string ImageSymbolicLink = "RS0907";
    public const string ImageSvgWithoutSize = "RS0908";
    public const string ImagePublishedWithGps = "RS0909";
    public const string ImageNotInContent = "RS0910";

    /// <summary>True when the code is a configuration problem (the CLI exits with 2).</summary>
    public static bool IsConfiguration(string code) => code.StartsWith("RS01", StringComparison.Ordinal);
}
