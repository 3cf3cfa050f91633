using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>site.yml's <c>clinic:</c> section: the clinic's name, phone and address.</summary>
internal sealed partial class SiteConfigLoader
{
    private ClinicInfo ReadClinic(YamlMapping map)
    {
        if (_fields.Mapping(map, "clinic", required: true) is not { } clinic)
        {
            return new ClinicInfo("", null, null);
        }

        _fields.UnknownKeys(clinic, ["name", "phone", "address"], "clinic");
        var (phone, phoneIsPlaceholder) = Contact(clinic, "phone");
        var (address, addressIsPlaceholder) = Contact(clinic, "address");
        DiallableNumber? number = null;
        if (phone is not null && !phoneIsPlaceholder)
        {
            (number, var problem) = PhoneNumberRules.Parse(phone);
            if (number is null)
            {
                Error(DiagnosticCodes.ClinicPhoneNotDiallable, clinic.Find("phone")!.Value, $"the clinic's phone '{phone}' cannot be dialled: {problem}",
                    "write the clinic's real number with its country code, e.g. '+1 617 555 0142'; if the clinic has not confirmed it yet, declare it: phone: { placeholder: \"…\", why: \"…\" }");
            }
        }

        return new ClinicInfo(_fields.RequiredString(clinic, "name") ?? "", number?.National ?? phone, address)
        {
            Number = number,
            PhoneIsPlaceholder = phoneIsPlaceholder,
            AddressIsPlaceholder = addressIsPlaceholder,
        };
    }

    // A contact detail: text, or a declared placeholder (reported by ReportPlaceholders) whose stand-in text is kept.
    private (string? Value, bool IsPlaceholder) Contact(YamlMapping clinic, string key) =>
        clinic.Find(key)?.Value is YamlMapping value && YamlPlaceholder.Of(value) is { } placeholder
            ? (placeholder.Value, true)
            : _fields.String(clinic, key) is { } text ? (text, YamlPlaceholder.Of(clinic.Find(key)!.Value) is not null) : (null, false);
}
