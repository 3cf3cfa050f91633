using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>
/// A <c>tel:</c> link, in content or in a template, must be diallable (RS0618, error) and, on a site with a phone
/// number, dial that number (RS0619, error); on a site without one, a number without a country code is not checked
/// (its country is the caller's): a patient who taps "Call" must reach the clinic. While site.yml's phone
/// is a declared placeholder, a link to the same stand-in digits is a placeholder too (RS0620, warning).
/// </summary>
internal static class TelLinkRule
{
    /// <summary>The finding for the link's number (the text after <c>tel:</c>), or null when it is right.</summary>
    public static TelLinkFinding? Check(string number, ClinicInfo? clinic)
    {
        var digits = PhoneNumberRules.Digits(number);
        if (clinic is { PhoneIsPlaceholder: true, Phone: { } stand } && digits == PhoneNumberRules.Digits(stand))
        {
            return new(DiagnosticCodes.TelLinkPlaceholder, DiagnosticSeverity.Warning,
                $"the tel: link dials '{number}', the placeholder phone of site.yml, not a confirmed number",
                "once the clinic's number is in site.yml (clinic.phone), write this link as tel: followed by that number in E.164 (digits only, with + and the country code)");
        }

        // Without a country code a phone dials the number as a local one of the caller's country (RFC 3966's local
        // numbers); only a site with a number of its own says which country that is, so only then is it checked.
        if (clinic?.Number is null && !number.TrimStart().StartsWith('+'))
        {
            return null;
        }

        var (parsed, problem) = PhoneNumberRules.Parse(number);
        if (parsed is null)
        {
            return new(DiagnosticCodes.TelLinkNotDiallable, DiagnosticSeverity.Error,
                $"the tel: link '{number}' cannot be dialled: {problem}",
                clinic?.Number is { } site ? $"link the clinic's number: tel:{site.E164}" : "write it in E.164, e.g. tel:+16175550142");
        }

        if (clinic?.Number is { } clinicNumber && parsed.E164 != clinicNumber.E164)
        {
            return new(DiagnosticCodes.TelLinkMismatch, DiagnosticSeverity.Error,
                $"the tel: link dials {parsed.International}, but the clinic's number in site.yml is {clinicNumber.International}",
                $"link the clinic's number: tel:{clinicNumber.E164} (templates can use {{{{ site.clinic.phone_href }}}})");
        }

        return null;
    }
}
