namespace Relevare.Static.Cli;

/// <summary>Asks whether an external URL works. The network lives behind this, so tests never touch it.</summary>
internal interface ILinkProbe
{
    Task<ProbeResult> ProbeAsync(Uri url, CancellationToken cancellationToken);
}
