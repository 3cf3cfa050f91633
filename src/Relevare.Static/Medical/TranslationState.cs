namespace Relevare.Static.Medical;

/// <summary>Where a page stands in one language, for the report's translations table.</summary>
public enum TranslationState
{
    /// <summary>The translation records the source's current version (or only editorial changes came since).</summary>
    Current,

    /// <summary>The source changed after the translation was made.</summary>
    OutOfDate,

    /// <summary>A translated health page whose own review has not happened yet (declared pending, or not shown).</summary>
    PendingReview,

    /// <summary>A translation that does not record which version of its source it translates.</summary>
    NotRecorded,

    /// <summary>No page in that language.</summary>
    Missing,

    /// <summary>
    /// The source changed after the version translated, but its change is not signed off yet: the translation still
    /// translates the source's reviewed version, and goes out of date when the change is signed off (not a finding
    /// on the translation: the source's RS0623 names it).
    /// </summary>
    SourceChangePending,
}
