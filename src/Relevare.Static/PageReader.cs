using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Site;

namespace Relevare.Static;

/// <summary>Steps 2 and 3 of the pipeline for one content file: read, split and validate it into a <see cref="SourcePage"/>.</summary>
internal static class PageReader
{
    /// <summary>The page in <paramref name="bytes"/> (the file at <paramref name="path"/>), or null with the reasons.</summary>
    public static PageResult<SourcePage> Read(SiteConfig config, string path, byte[] bytes)
    {
        var diagnostics = new List<Diagnostic>();
        if (bytes.Length > ContentDiscovery.MaxContentBytes)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FileTooLarge, SourceLocation.File(path),
                $"the file is {(bytes.Length + 1023) / 1024} KiB; pages are limited to {ContentDiscovery.MaxContentBytes / 1024} KiB",
                "split the page into several pages"));
            return new(path, null, diagnostics);
        }

        var split = FrontMatterBytes.Split(path, bytes, diagnostics);
        // A page in another language's folder (content/es/conditions/…) is in the section of the path under that
        // folder ('conditions'), and is a translation of the pages that have its key in other languages.
        var (language, relative) = config.LanguageOfPath(path);
        var section = relative.Contains('/', StringComparison.Ordinal) ? relative.Split('/')[0] : "";
        var metadata = split is null ? null : new FrontMatterValidator(config).Validate(path, section, split, diagnostics);
        var page = metadata is null ? null : new SourcePage(path, section, metadata, split!)
        {
            Language = language.Tag,
            TranslationKey = metadata.TranslationKey ?? relative,
        };
        return new(path, page, diagnostics);
    }
}
