namespace Relevare.Static.Site;

/// <summary>
/// What an out-of-date translation tells its readers until it is updated: that the page it translates has changed,
/// and where that page is now (templates show it as <c>page.translation_outdated</c>).
/// </summary>
/// <param name="SourceUrl">The site-relative URL of the current page in the default language, e.g. <c>/conditions/migraine/</c>.</param>
/// <param name="SourceTitle">That page's title.</param>
/// <param name="SourceLanguage">That page's language tag, e.g. <c>en</c> (the link's <c>hreflang</c>).</param>
/// <param name="Since">The day the source's newer version was signed off, or null when it is not signed off yet.</param>
public sealed record TranslationNotice(string SourceUrl, string SourceTitle, string SourceLanguage, DateOnly? Since);
