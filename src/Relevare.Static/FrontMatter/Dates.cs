using System.Globalization;

namespace Relevare.Static.FrontMatter;

/// <summary>The two ways dates are written everywhere (invariant culture, so output never depends on the machine).</summary>
internal static class Dates
{
    /// <summary><c>2026-11-25</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>25 November 2026</c>.</summary>
    public static string Text(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
