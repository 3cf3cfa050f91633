using System.Collections.Immutable;
using Relevare.Static.Configuration;
using Relevare.Static.Markdown;

namespace Relevare.Static.Site;

/// <summary>The whole site before rendering: configuration, published pages in a stable order, and link targets.</summary>
internal sealed record SiteModel(SiteConfig Config, ImmutableArray<Page> Pages, LinkTargets LinkTargets);
