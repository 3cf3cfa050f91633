namespace Relevare.Static.Configuration;

/// <summary>The clinic's contact details, shown on every page.</summary>
/// <param name="Name">The clinic's name.</param>
/// <param name="Phone">The phone number as shown: the national format of a valid number, or a placeholder's text as written.</param>
/// <param name="Address">The address as written, or a placeholder's text.</param>
public sealed record ClinicInfo(string Name, string? Phone, string? Address)
{
    /// <summary>The validated number (null when there is none, or it is a placeholder or invalid).</summary>
    public DiallableNumber? Number { get; init; }

    /// <summary>True when site.yml declares the phone a placeholder: it is shown in previews, never in JSON-LD.</summary>
    public bool PhoneIsPlaceholder { get; init; }

    /// <summary>True when site.yml declares the address a placeholder.</summary>
    public bool AddressIsPlaceholder { get; init; }

    /// <summary>The phone number as a <c>tel:</c> URL (E.164 when valid; a placeholder's digits otherwise), or null.</summary>
    public string? PhoneHref => Number is { } number ? "tel:" + number.E164
        : Phone is null ? null
        : "tel:" + PhoneNumberRules.Digits(Phone);

    /// <summary>The phone number structured data may state: only a confirmed, valid one.</summary>
    public string? ConfirmedPhone => PhoneIsPlaceholder ? null : Number?.E164 ?? Phone;

    /// <summary>The address structured data may state: only a confirmed one.</summary>
    public string? ConfirmedAddress => AddressIsPlaceholder ? null : Address;
}
