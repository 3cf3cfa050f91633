using Relevare.Static.Diagnostics;

namespace Relevare.Static.Site;

/// <summary>An old URL of a page (from its <c>aliases</c>), published as a redirect to the page.</summary>
/// <param name="From">The old URL, e.g. <c>/old-migraine/</c> or <c>/migraine.html</c>.</param>
/// <param name="OutputPath">Where the redirect page is written, e.g. <c>old-migraine/index.html</c>.</param>
/// <param name="Target">The page it leads to.</param>
/// <param name="Location">Where the alias is written (the page's <c>aliases</c> field).</param>
internal sealed record Redirect(string From, string OutputPath, Page Target, SourceLocation Location);
