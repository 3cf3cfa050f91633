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
    public const string InternalError = "RS0009";

    // RS01xx: site.yml.
    public const string ConfigMissing = "RS0101";
    public const string ConfigSyntax = "RS0102";
    public const string ConfigUnknownKey = "RS0103";
    public const string ConfigInvalidValue = "RS0104";
    public const string ConfigMissingKey = "RS0105";
    public const string ConfigTemplateMissing = "RS0106";

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

    // RS03xx: Markdown.
    public const string LinkToMissingPage = "RS0301";
    public const string UnsafeUrl = "RS0302";
    public const string RawHtmlEscaped = "RS0303";
    public const string MarkdownTooComplex = "RS0304";
    public const string UnclosedHtmlComment = "RS0305";

    // RS04xx: templates.
    public const string TemplateSyntax = "RS0401";
    public const string TemplateRuntime = "RS0402";

    // RS05xx: the site model.
    public const string UrlCollision = "RS0501";
    public const string InvalidSlug = "RS0502";

    // RS08xx: publishing (redirects, listings, assets, security headers).
    public const string InvalidAlias = "RS0801";
    public const string RedirectLoop = "RS0802";
    public const string ContentSecurityPolicy = "RS0803";
    public const string ConditionWithoutUrl = "RS0804";
    public const string HeadersOverLimit = "RS0805";
    public const string StyleSheetCycle = "RS0806";

    /// <summary>True when the code is a configuration problem (the CLI exits with 2).</summary>
    public static bool IsConfiguration(string code) => code.StartsWith("RS01", StringComparison.Ordinal);
}
