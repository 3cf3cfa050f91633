using PhoneNumbers;

namespace Relevare.Static.Configuration;

/// <summary>
/// Phone numbers, parsed and validated with libphonenumber (Google's metadata of every country's numbering plan):
/// the site's number in site.yml and every <c>tel:</c> link. A number must carry its country code (<c>+1 …</c>),
/// because a site has no single "home" country to guess from. Thread-safe (the library's instance is).
/// </summary>
internal static class PhoneNumberRules
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The number as written in <paramref name="text"/>, when it can be dialled; otherwise null and why not.</summary>
    public static (DiallableNumber? Number, string? Problem) Parse(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('+'))
        {
            return (null, "it has no country code (a number starts with '+' and the country code, e.g. '+1')");
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(trimmed, "ZZ");
        }
        catch (NumberParseException e)
        {
            return (null, $"it is not a phone number ({e.Message.TrimEnd('.')})");
        }

        if (!Util.IsValidNumber(number))
        {
            return (null, $"no phone in country code +{number.CountryCode} has this number of digits or this prefix, so it cannot be dialled");
        }

        return (new DiallableNumber(Util.Format(number, PhoneNumberFormat.E164), Util.Format(number, PhoneNumberFormat.NATIONAL), Util.Format(number, PhoneNumberFormat.INTERNATIONAL)), null);
    }

    /// <summary>The digits of <paramref name="text"/> with a leading '+' when it has one (how a placeholder is dialled).</summary>
    public static string Digits(string text) =>
        new(text.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == text.IndexOf('+'))).ToArray());
}
