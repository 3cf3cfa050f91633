namespace Relevare.Static.Cli;

/// <summary>What one request to an external URL showed.</summary>
/// <param name="Ok">The URL answered with a success (after redirects).</param>
/// <param name="StatusCode">The final HTTP status, or null when there was no answer.</param>
/// <param name="Problem">What went wrong, for the message; null when <paramref name="Ok"/>.</param>
/// <param name="Retryable">Worth asking again: a timeout, a network error, a 5xx or a 429.</param>
internal sealed record ProbeResult(bool Ok, int? StatusCode, string? Problem, bool Retryable);
