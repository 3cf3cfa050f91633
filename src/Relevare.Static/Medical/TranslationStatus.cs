namespace Relevare.Static.Medical;

/// <summary>What the translation checks found about one translated page.</summary>
/// <param name="Path">The translation's path, e.g. <c>content/es/conditions/migraine.md</c>.</param>
/// <param name="Language">Its language tag, e.g. <c>es</c>.</param>
/// <param name="SourcePath">The page it translates, e.g. <c>content/conditions/migraine.md</c>, or null when none was found.</param>
/// <param name="State">Current, out of date, waiting for the source's sign-off, pending review or not recorded.</param>
/// <param name="Since">For a translation out of date: the day the source's newer version was signed off, or null when that day cannot be told.</param>
public sealed record TranslationStatus(string Path, string Language, string? SourcePath, TranslationState State, DateOnly? Since)
{
    /// <summary>True when the page should show its readers that the source has changed since (a visible notice).</summary>
    public bool IsOutOfDate => State == TranslationState.OutOfDate;
}
