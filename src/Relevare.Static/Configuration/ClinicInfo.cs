namespace Relevare.Static.Configuration;

/// <summary>The clinic's contact details, shown on every page.</summary>
public sealed record ClinicInfo(string Name, string? Phone, string? Address)
{
    /// <summary>The phone number as a <c>tel:</c> URL (digits and a leading +), or null.</summary>
    public string? PhoneHref => Phone is null
        ? null
        : "tel:" + new string(Phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == Phone.IndexOf('+'))).ToArray());
}
