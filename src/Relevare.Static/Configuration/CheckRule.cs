namespace Relevare.Static.Configuration;

/// <summary>
/// One check: its stable code, its level unless site.yml says otherwise, the group <c>--only</c>/<c>--skip</c> can
/// name it by, and what it looks for.
/// </summary>
internal sealed record CheckRule(string Code, CheckLevel DefaultLevel, string Group, string Summary);
