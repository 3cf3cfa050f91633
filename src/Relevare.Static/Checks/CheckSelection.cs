using System.Collections.Immutable;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>
/// Chooses which checks run (<c>relevare check --only … --skip …</c>): each name is a code (<c>RS0705</c>) or a group
/// (<c>links</c>, <c>images</c>, <c>structure</c>, <c>safety</c>); several names may be given at once, separated by
/// commas. The choice becomes levels: a check that is not chosen is <see cref="CheckLevel.Off"/>.
/// </summary>
internal static class CheckSelection
{
    /// <summary>
    /// <paramref name="levels"/> with every check outside <paramref name="only"/> (when it names anything) and every
    /// check in <paramref name="skip"/> switched off. Names that are neither a code nor a group are added to
    /// <paramref name="errors"/> as messages with a "did you mean".
    /// </summary>
    public static ImmutableSortedDictionary<string, CheckLevel> Apply(
        ImmutableSortedDictionary<string, CheckLevel> levels, IEnumerable<string> only, IEnumerable<string> skip, List<string> errors)
    {
        var chosen = Resolve(only, "--only", errors);
        var skipped = Resolve(skip, "--skip", errors);
        var builder = levels.ToBuilder();
        foreach (var code in CheckRules.All.Keys)
        {
            if ((chosen.Count > 0 && !chosen.Contains(code)) || skipped.Contains(code))
            {
                builder[code] = CheckLevel.Off;
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The codes that <paramref name="names"/> (codes or groups, comma-separated) stand for.</summary>
    private static HashSet<string> Resolve(IEnumerable<string> names, string option, List<string> errors)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (CheckRules.All.ContainsKey(name.ToUpperInvariant()))
            {
                codes.Add(name.ToUpperInvariant());
            }
            else if (CheckRules.Groups.Contains(name.ToLowerInvariant()))
            {
                codes.UnionWith(CheckRules.All.Values.Where(r => r.Group.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(r => r.Code));
            }
            else
            {
                var closest = Suggestions.Closest(name, [.. CheckRules.Groups, .. CheckRules.All.Keys]);
                errors.Add(closest is not null
                    ? $"{option} '{name}' is neither a check code nor a group; did you mean '{closest}'?"
                    : $"{option} '{name}' is neither a check code nor a group; use a code such as RS0705 or a group: {string.Join(", ", CheckRules.Groups)}");
            }
        }

        return codes;
    }
}
