namespace Relevare.Static.Configuration;

/// <summary>A phone number that libphonenumber says can be dialled, in its three standard forms.</summary>
/// <param name="E164">For links: <c>+16175550142</c>.</param>
/// <param name="National">For display in the country: <c>(617) 555-0142</c>.</param>
/// <param name="International">For display abroad: <c>+1 617-555-0142</c>.</param>
public sealed record DiallableNumber(string E164, string National, string International);
