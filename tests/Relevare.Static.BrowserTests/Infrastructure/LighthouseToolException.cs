namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>Lighthouse did not produce an audit (a tool failure, not a low score).</summary>
internal sealed class LighthouseToolException(string message) : InvalidOperationException(message);
