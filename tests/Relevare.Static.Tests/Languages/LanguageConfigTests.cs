using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Languages;

public sealed class LanguageConfigTests
{
    private static BuildResult BuildWith(string languages, string language = "en") =>
        TestSite.Build("-- site.yml --\n" + TestSite.DefaultSiteYml.Replace("clinic:", $"language: {language}\n{languages}\nclinic:", StringComparison.Ordinal));

    [Fact]
    public void A_site_without_languages_has_only_its_default_language()
    {
        var result = TestSite.BuildOk("-- content/index.md --\n---\ntitle: Home\n---\n-- templates/layouts/page.html --\n{{ page.lang }} {{ site.language }} {{ page.translations | array.size }} {{ site.languages | array.size }}\n");

        Assert.Equal("<title>Home</title>\nen en 0 1", result.Text("index.html").Trim());
    }

    [Theory]
    [InlineData("languages: [en, es]", DiagnosticCodes.ConfigLanguagesInvalid, "'languages' must be a mapping")]
    [InlineData("languages:\n  en: { name: English }\n  ES: { name: Español, folder: es }", DiagnosticCodes.ConfigLanguagesInvalid, "'ES' is not a lower-case language tag")]
    [InlineData("languages:\n  en: { name: English }\n  es: { folder: es }", DiagnosticCodes.ConfigLanguagesInvalid, "language 'es' has no 'name'")]
    [InlineData("languages:\n  en: { name: English }\n  es: { name: Español, folder: es, dir: ltr }", DiagnosticCodes.ConfigLanguagesInvalid, "unknown setting 'dir' in language 'es'")]
    [InlineData("languages:\n  es: { name: Español, folder: es }", DiagnosticCodes.ConfigDefaultLanguageNotListed, "the default language 'en'")]
    [InlineData("languages:\n  en: { name: English, folder: en }", DiagnosticCodes.ConfigLanguageFolderInvalid, "'en' is the default language")]
    [InlineData("languages:\n  en: { name: English }\n  es: { name: Español }", DiagnosticCodes.ConfigLanguageFolderInvalid, "language 'es' has no 'folder'")]
    [InlineData("languages:\n  en: { name: English }\n  es: { name: Español, folder: Es/x }", DiagnosticCodes.ConfigLanguageFolderInvalid, "is not a simple folder name")]
    [InlineData("languages:\n  en: { name: English }\n  es: { name: Español, folder: es }\n  es-mx: { name: Español (México), folder: es }", DiagnosticCodes.ConfigLanguageFolderInvalid, "both use the folder 'es'")]
    [InlineData("languages:\n  en: { name: English }\n  es: { name: Español, folder: conditions }", DiagnosticCodes.ConfigLanguageFolderIsSection, "'conditions' is both the folder of language 'es' and a section")]
    public void Mistakes_in_languages_are_configuration_errors_at_their_line(string languages, string code, string message)
    {
        var result = BuildWith(languages);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("site.yml", error.Path);
        Assert.True(error.Line > 1);
        Assert.True(DiagnosticCodes.IsConfiguration(error.Code));
    }
}
