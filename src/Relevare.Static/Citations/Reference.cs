using System.Collections.Immutable;
using System.Text;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Citations;

/// <summary>One entry of a page's <c>references</c> front matter: a source that the text cites as <c>[@key]</c>.</summary>
/// <param name="Key">The citation key, e.g. <c>niesters2014</c>.</param>
/// <param name="Authors">Authors as written, e.g. <c>Niesters M</c> (an <c>et al.</c> item is kept as written).</param>
/// <param name="Title">The article's title.</param>
/// <param name="Journal">The journal, or null.</param>
/// <param name="Year">The year of publication (four digits).</param>
/// <param name="Volume">The volume, or null.</param>
/// <param name="Issue">The issue, or null.</param>
/// <param name="Pages">The pages, e.g. <c>357–367</c>, or null.</param>
/// <param name="Doi">The DOI without a prefix, e.g. <c>10.1111/bcp.12094</c>, or null.</param>
/// <param name="Pmid">The PubMed id, digits only, or null.</param>
/// <param name="Url">Another http(s) address of the source (e.g. free full text), or null.</param>
/// <param name="Location">Where the entry starts in the front matter.</param>
public sealed record Reference(
    string Key,
    ImmutableArray<string> Authors,
    string Title,
    string? Journal,
    string Year,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    string? Pmid,
    string? Url,
    SourceLocation Location)
{
    /// <summary>
    /// The language the source is written in, from the reference's <c>language:</c> (a BCP 47 tag such as <c>en</c>),
    /// or null when it does not say: then it is taken to be in the site's default language. A page in another
    /// language marks the source's title and journal with it (<c>lang</c>), so screen readers pronounce them right.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>The DOI's resolver address, e.g. <c>https://doi.org/10.1111/bcp.12094</c>, or null.</summary>
    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

    /// <summary>The PubMed page, e.g. <c>https://pubmed.ncbi.nlm.nih.gov/29923953/</c>, or null.</summary>
    public string? PubMedUrl => Pmid is null ? null : $"https://pubmed.ncbi.nlm.nih.gov/{Pmid}/";

    /// <summary>The best address of the source: its DOI, else PubMed, else <see cref="Url"/>.</summary>
    public string? PrimaryUrl => DoiUrl ?? PubMedUrl ?? Url;

    /// <summary>Year, volume, issue and pages in Vancouver style, e.g. <c>2014;77(2):357–367</c>.</summary>
    public string Details
    {
        get
        {
            var text = new StringBuilder(Year);
            if (Volume is not null)
            {
                text.Append(';').Append(Volume);
            }

            if (Issue is not null)
            {
                text.Append('(').Append(Issue).Append(')');
            }

            if (Pages is not null)
            {
                text.Append(':').Append(Pages);
            }

            return text.ToString();
        }
    }
}
