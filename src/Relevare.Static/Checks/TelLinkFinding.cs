using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>What <see cref="TelLinkRule"/> found wrong with a <c>tel:</c> link.</summary>
internal sealed record TelLinkFinding(string Code, DiagnosticSeverity Severity, string Message, string Hint);
