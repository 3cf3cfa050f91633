namespace Relevare.Static.Configuration;

/// <summary>One language of the site (site.yml's <c>languages:</c>).</summary>
/// <param name="Tag">A lower-case BCP 47 tag, e.g. <c>en</c>, <c>es</c> or <c>pt-br</c>.</param>
/// <param name="Name">The language's own name (<c>Español</c>), shown in the language switcher.</param>
/// <param name="Folder">
/// The folder its pages live in under content/ and are published under (<c>es</c> → <c>content/es/</c>,
/// <c>/es/</c>); null for the default language, which is published at the root.
/// </param>
public sealed record SiteLanguage(string Tag, string Name, string? Folder)
{
    /// <summary>True for the site's default language (published at <c>/</c>).</summary>
    public bool IsDefault => Folder is null;

    /// <summary>The URL of the language's home: <c>/</c> or <c>/es/</c>.</summary>
    public string RootUrl => Folder is null ? "/" : $"/{Folder}/";

    /// <summary>The content path prefix of the language's pages: <c>content/</c> or <c>content/es/</c>.</summary>
    public string ContentRoot => Folder is null ? "content/" : $"content/{Folder}/";
}
