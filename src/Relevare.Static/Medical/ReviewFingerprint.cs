using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Relevare.Static.Site;

namespace Relevare.Static.Medical;

/// <summary>
/// What a reviewer signs off, as one hash: the body with its whitespace normalised (so re-wrapping a paragraph is
/// not a change), and the front matter that carries medical meaning: title, description, conditions and every
/// field of the references. The review's own fields (reviewed, reviewer), dates, tags and layout choices are not
/// part of it: changing them cannot change what the page tells a patient.
/// </summary>
internal static class ReviewFingerprint
{
    private const string Prefix = "sha256:";

    /// <summary>The fingerprint of <paramref name="page"/>, e.g. <c>sha256:3f…</c>.</summary>
    public static string Of(SourcePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var meta = page.Metadata;
        var text = new StringBuilder();
        void Field(string name, string? value) => text.Append(name).Append('\u001f').Append(Normalise(value ?? "")).Append('\u001e');
        Field("title", meta.Title);
        Field("description", meta.Description);
        Field("conditions", string.Join('\u001d', meta.Conditions));
        foreach (var r in meta.Medical.References)
        {
            Field("reference", string.Join('\u001d', r.Key, string.Join(", ", r.Authors), r.Title, r.Journal, r.Year, r.Volume, r.Issue, r.Pages, r.Doi, r.Pmid, r.Url));
        }

        Field("body", page.Body);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Prefix + Convert.ToHexStringLower(hash);
    }

    // Runs of whitespace (spaces, tabs, line breaks) become one space; leading and trailing whitespace goes.
    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC).ToString(CultureInfo.InvariantCulture);
}
