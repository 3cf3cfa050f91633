using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;

namespace Relevare.Static.Images;

/// <summary>
/// The last word on privacy: every image file about to be published is read again, and one that still carries a
/// GPS position (an asset copied as it is, say, or a bug in processing) fails the build — a photo taken at a
/// patient's or clinician's home must not tell where that home is.
/// </summary>
internal static class PublishedImageCheck
{
    /// <summary>Reports each published JPEG, PNG or WebP in <paramref name="files"/> that carries GPS metadata.</summary>
    /// <param name="files">The files to be published.</param>
    /// <param name="sourceOf">The source path a published path was made from (for the diagnostic's location).</param>
    /// <param name="diagnostics">Where findings go.</param>
    public static void Check(IEnumerable<OutputFile> files, Func<string, string> sourceOf, List<Diagnostic> diagnostics)
    {
        foreach (var file in files)
        {
            if (ImageFormats.OfName(file.Path) is ImageFormat.Jpeg or ImageFormat.Png or ImageFormat.Webp
                && ImageHeaderReader.Read(file.Content.Span) is { HasGps: true })
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.ImagePublishedWithGps, SourceLocation.File(sourceOf(file.Path)),
                    $"the published image '{file.Path}' carries a GPS position (where the photo was taken)",
                    "show it from a page as a Markdown image (published copies are stripped), or remove the location with a photo editor before adding it"));
            }
        }
    }
}
