using System.Collections.Immutable;
using Relevare.Static.Images;
using Relevare.Static.Medical;
using Relevare.Static.Output;

namespace Relevare.Static.Reporting;

/// <summary>
/// What each page's pictures weigh, for the content-health report: per picture the page shows (its Markdown images in
/// order, then the portrait of the person whose bio page it is), its published files and their sizes in bytes.
/// </summary>
internal static class PageImageWeights
{
    /// <summary>
    /// <paramref name="health"/> with each page's <see cref="PageHealth.Images"/>: <paramref name="shown"/> gives
    /// the source paths of the pictures a page shows; <paramref name="published"/> are the image files the build
    /// made (a picture whose files are not all among them, because it could not be published, is left out).
    /// </summary>
    public static ContentHealth Add(
        ContentHealth health,
        Func<PageHealth, IEnumerable<string>> shown,
        ImmutableDictionary<string, ImageEntry> catalog,
        IEnumerable<OutputFile> published)
    {
        var bytes = published.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.First().Content.Length, StringComparer.Ordinal);
        PageImage? Weigh(string path)
        {
            if (!catalog.TryGetValue(path, out var entry) || entry.Problem is not null || entry.Variants.IsEmpty
                || !entry.Variants.All(v => bytes.ContainsKey(v.OutputPath)))
            {
                return null;
            }

            var sizes = entry.Variants.Select(v => bytes[v.OutputPath]).ToList();
            return new PageImage(path, sizes.Count, sizes.Max(), sizes.Sum());
        }

        return health with
        {
            Pages = [.. health.Pages.Select(page => page with
            {
                Images = [.. shown(page).Distinct(StringComparer.Ordinal).Select(Weigh).OfType<PageImage>()],
            }),],
        };
    }
}
