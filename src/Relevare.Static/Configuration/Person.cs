using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Configuration;

/// <summary>An author or reviewer from <c>content/_data/people.yml</c>.</summary>
/// <param name="Key">What pages write in <c>author</c> or <c>reviewer</c>, e.g. <c>mallek</c>.</param>
/// <param name="Name">The name as shown, e.g. <c>Dr. Mallek</c>.</param>
/// <param name="Credentials">Qualifications shown after the name, e.g. <c>MD</c>.</param>
/// <param name="Role">What the person does, e.g. <c>Medical director</c>, or null.</param>
/// <param name="Bio">The bio page: a site path such as <c>/about/</c> or an http(s) URL, or null.</param>
/// <param name="Location">Where the person's key is written in the people file.</param>
public sealed record Person(string Key, string Name, string Credentials, string? Role, string? Bio, SourceLocation Location)
{
    /// <summary>True when the people file declares the credentials a placeholder (then <see cref="Credentials"/> is "").</summary>
    public bool CredentialsArePlaceholder { get; init; }

    /// <summary>
    /// The portrait's source path, from the people file's <c>portrait:</c> (<c>mallek.jpg</c> → <c>content/_data/mallek.jpg</c>,
    /// <c>/assets/images/mallek.jpg</c> → <c>assets/images/mallek.jpg</c>), or null when there is none or it is a
    /// placeholder. The build publishes it through the image pipeline and the person's bio page shows it.
    /// </summary>
    public string? Portrait { get; init; }

    /// <summary>Where <see cref="Portrait"/> (or its placeholder) is written in the people file, or null when there is none.</summary>
    public SourceLocation? PortraitLocation { get; init; }

    /// <summary>True when the people file declares the portrait a placeholder: bio pages show the placeholder slot.</summary>
    public bool PortraitIsPlaceholder { get; init; }

    /// <summary>
    /// The languages the person reviews pages in (<c>languages: [en, es]</c> in the people file), or null when the
    /// file does not say: then only the site's default language.
    /// </summary>
    public ImmutableArray<string>? Languages { get; init; }

    /// <summary>True when the person may review a page in <paramref name="language"/>; <paramref name="defaultLanguage"/> is the site's.</summary>
    public bool ReviewsIn(string language, string defaultLanguage) =>
        Languages is { } languages ? languages.Contains(language, StringComparer.OrdinalIgnoreCase) : string.Equals(language, defaultLanguage, StringComparison.OrdinalIgnoreCase);

    /// <summary>The name followed by the credentials, e.g. <c>Dr. Mallek, MD</c>.</summary>
    public string NameWithCredentials => Credentials.Length == 0 ? Name : $"{Name}, {Credentials}";

    /// <summary>The bio page as an absolute URL on <paramref name="baseUrl"/>, or null.</summary>
    public string? BioUrl(Uri baseUrl) => Bio switch
    {
        null => null,
        _ when Bio.StartsWith('/') => new Uri(baseUrl, Bio.TrimStart('/')).AbsoluteUri,
        _ => Bio,
    };
}
