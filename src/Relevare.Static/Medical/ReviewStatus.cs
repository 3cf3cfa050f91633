namespace Relevare.Static.Medical;

/// <summary>Where a page stands against its next review date.</summary>
public enum ReviewStatus
{
    /// <summary>The build was given no date for today, so the status is not known.</summary>
    Unknown,

    /// <summary>The next review is more than the warning period away.</summary>
    Ok,

    /// <summary>The next review falls due within the warning period (or today).</summary>
    DueSoon,

    /// <summary>The next review date has passed.</summary>
    Overdue,
}
