namespace Relevare.Static.Checks;

/// <summary>One check: its stable code, its level unless site.yml says otherwise, and what it looks for.</summary>
internal sealed record CheckRule(string Code, CheckLevel DefaultLevel, string Summary);
