namespace Relevare.Static.Configuration;

/// <summary>How a check's findings are reported, set per code in site.yml (<c>checks: { RS0706: off }</c>).</summary>
public enum CheckLevel
{
    /// <summary>A finding fails the build (and <c>relevare check</c>).</summary>
    Error,

    /// <summary>A finding is reported; it fails only under <c>--strict</c>.</summary>
    Warning,

    /// <summary>The check does not run.</summary>
    Off,
}
