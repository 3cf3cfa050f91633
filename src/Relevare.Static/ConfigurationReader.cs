using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static;

/// <summary>Step 1 of the pipeline, its second half: site.yml with the data read with it (people, reviews) and the build's overrides.</summary>
internal static class ConfigurationReader
{
    /// <summary>The site's configuration, or null when it is missing or has errors (in <paramref name="diagnostics"/>).</summary>
    public static SiteConfig? Load(ISourceFileSystem source, BuildOptions options, List<Diagnostic> diagnostics)
    {
        if (!source.FileExists(SiteConfigLoader.FileName))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ConfigMissing, SourceLocation.File(SiteConfigLoader.FileName),
                "no site.yml in the source folder",
                "run relevare in the site's folder, pass --source DIR, or create site.yml (see the README)"));
            return null;
        }

        var bytes = SourceReader.Read(source, SiteConfigLoader.FileName, diagnostics);
        var text = bytes is null ? null : SourceText.Decode(SiteConfigLoader.FileName, bytes, diagnostics);
        var config = text is null ? null : SiteConfigLoader.Load(text, diagnostics);
        if (config?.Medical is { } medical)
        {
            config = config with { Medical = medical with { People = PeopleFile.Load(source, diagnostics), Reviews = ReviewFile.Load(source, diagnostics) } };
        }

        config = config is not null && options.BaseUrl is not null ? config with { BaseUrl = options.BaseUrl } : config;
        if (config is not null)
        {
            ReservedDomains.Check(config.BaseUrl, config.BaseUrlLocation, options.BaseUrl is not null, diagnostics);
        }

        return config;
    }
}
