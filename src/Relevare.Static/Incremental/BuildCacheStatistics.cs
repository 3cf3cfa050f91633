namespace Relevare.Static.Incremental;

/// <summary>How much of a build was redone and how much reused from its <see cref="BuildCache"/>.</summary>
/// <param name="PagesRead">Content files whose front matter was split and validated.</param>
/// <param name="PagesReused">Content files whose earlier validation was reused (the file's bytes were unchanged).</param>
/// <param name="PagesRendered">Pages rendered (Markdown and templates).</param>
/// <param name="RendersReused">Pages whose earlier rendering was reused.</param>
/// <param name="PagesChecked">Pages whose HTML was parsed and checked on its own.</param>
/// <param name="ChecksReused">Pages whose earlier checks were reused (links between pages are checked every time).</param>
public sealed record BuildCacheStatistics(int PagesRead, int PagesReused, int PagesRendered, int RendersReused, int PagesChecked, int ChecksReused);
