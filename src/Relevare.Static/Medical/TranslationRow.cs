using System.Collections.Immutable;

namespace Relevare.Static.Medical;

/// <summary>One page of the site's default language and where its translations stand, language by language.</summary>
/// <param name="Path">The page's source, e.g. <c>content/conditions/migraine.md</c>.</param>
/// <param name="Url">Its URL.</param>
/// <param name="Title">Its title.</param>
/// <param name="IsHealthPage">True for a health page (its translations need their own review).</param>
/// <param name="Cells">One cell per other language of the site, in site.yml's order.</param>
public sealed record TranslationRow(string Path, string Url, string Title, bool IsHealthPage, ImmutableArray<TranslationCell> Cells);
