namespace Relevare.Static.Tests.Governance;

/// <summary>
/// The facts the clinic has not supplied yet, as the clinic's site declares them (README, "Before going live"): each
/// one is a warning of a normal build and fails <c>--strict</c>. Tests that build the clinic's site expect exactly these.
/// </summary>
internal static class ClinicPlaceholders
{
    public static readonly IReadOnlyList<string> Expected =
    [
        "RS0615 content/_data/people.yml:7:16",         // Dr. Mallek's credentials
        "RS0615 content/_data/people.yml:8:9",          // Dr. Mallek's role
        "RS0615 content/_data/people.yml:12:13",        // Dr. Mallek's portrait (the bio page shows an empty slot)
        "RS0616 content/conditions/migraine.md:5:11",   // the pending medical sign-off
        "RS0616 content/es/conditions/migraine.md:10:11", // the Spanish page's review, awaiting a reviewer who reads Spanish
        "RS0616 content/es/conditions/migraine.md:11:11", // ... and its reviewer
        "RS0620 content/es/free-consultation.md:37:1",  // the Spanish page's tel: link to the fictional number
        "RS0616 content/es/treatment/during-your-infusion.md:10:11", // the Spanish page's review, awaiting a reviewer who reads Spanish
        "RS0616 content/es/treatment/during-your-infusion.md:11:11", // ... and its reviewer
        "RS0620 content/free-consultation.md:32:1",     // the tel: link to the fictional number (printed with the Spanish one: "and 1 more")
        "RS0616 content/treatment/during-your-infusion.md:5:11", // the pending medical sign-off
        "RS0108 site.yml:3:11",                         // base_url on the reserved .example domain
        "RS0109 site.yml:9:10",                         // the phone number
        "RS0109 site.yml:10:12",                        // the address
    ];

    /// <summary>
    /// "CODE path:line:col" of every diagnostic printed by the CLI, in the order of their places (path, line,
    /// column), as the build lists them before printing: each line's place, and the places of the identical
    /// findings merged into it (" (and 1 more: content/a.md:3:1)"; at most three are printed).
    /// </summary>
    public static List<string> Printed(string output) =>
        [.. output.Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^(\S+:[0-9]+:[0-9]+): (?:error|warning) (RS[0-9]{4}):.*?(?: \(and [0-9]+ more: ([^()]*)\))?$"))
            .Where(m => m.Success)
            .SelectMany(m => new[] { m.Groups[1].Value }
                .Concat(m.Groups[3].Success ? m.Groups[3].Value.Split(", ").Where(p => p != "…") : [])
                .Select(place => (Code: m.Groups[2].Value, Place: place)))
            .OrderBy(f => Place(f.Place).Path, StringComparer.Ordinal)
            .ThenBy(f => Place(f.Place).Line)
            .ThenBy(f => Place(f.Place).Column)
            .Select(f => $"{f.Code} {f.Place}")];

    private static (string Path, int Line, int Column) Place(string place)
    {
        var parts = place.Split(':');
        return (string.Join(':', parts[..^2]), int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
