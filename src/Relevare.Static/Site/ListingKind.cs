namespace Relevare.Static.Site;

/// <summary>What a listing page lists.</summary>
internal enum ListingKind
{
    /// <summary>The pages of one section (first folder under content/).</summary>
    Section,

    /// <summary>The pages about one health condition (the <c>conditions</c> field).</summary>
    Condition,
}
