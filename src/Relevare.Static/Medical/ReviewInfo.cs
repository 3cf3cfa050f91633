namespace Relevare.Static.Medical;

/// <summary>A page's review dates and where it stands.</summary>
/// <param name="Reviewed">When the page was last reviewed.</param>
/// <param name="NextReview">When the next review is due.</param>
/// <param name="Status">Ok, due soon or overdue (unknown without a date for today).</param>
/// <param name="DaysUntilDue">Days from today to the next review (negative when overdue), or null without today.</param>
public sealed record ReviewInfo(DateOnly Reviewed, DateOnly NextReview, ReviewStatus Status, int? DaysUntilDue);
