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
        "RS0620 content/free-consultation.md:32:1",     // the tel: link to the fictional number
        "RS0616 content/treatment/during-your-infusion.md:5:11", // the pending medical sign-off
        "RS0108 site.yml:3:11",                         // base_url on the reserved .example domain
        "RS0109 site.yml:9:10",                         // the phone number
        "RS0109 site.yml:10:12",                        // the address
    ];

    /// <summary>"CODE path:line:col" of every diagnostic line printed by the CLI.</summary>
    public static List<string> Printed(string output) =>
        [.. output.Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^(\S+:[0-9]+:[0-9]+): (?:error|warning) (RS[0-9]{4}):"))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups[2].Value} {m.Groups[1].Value}")];
}
