namespace Relevare.Static.Tests.Medical;

/// <summary>
/// The bilingual medical site the translation tests build in memory: English at /, Spanish under /es/, and an English
/// health page with one reference that the Spanish page translates.
/// </summary>
internal static class BilingualMedicalSite
{
    public const string Languages = """
        language: en
        languages:
          en: { name: English }
          es: { name: Español, folder: es }
        """;

    public const string Source = """
        ---
        title: Migraine
        reviewed: 2026-11-20
        reviewer: mallek
        references:
          - key: niesters2014
            authors: [Niesters M]
            title: Ketamine for chronic pain
            journal: Br J Clin Pharmacol
            year: 2014
            doi: 10.1111/bcp.12094
        ---

        Ketamine may help some people with migraine [@niesters2014].
        """;
}
