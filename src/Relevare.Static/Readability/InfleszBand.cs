namespace Relevare.Static.Readability;

/// <summary>
/// The five bands of the INFLESZ scale (Barrio-Cantalejo et al., 2008, An Sist Sanit Navar 31(2):135–152, table 4),
/// which reads Szigriszt-Pazos's perspicuity against what Spanish readers actually read: below 40 very hard, 40–55
/// somewhat hard, 55–65 normal, 65–80 fairly easy, 80 and above very easy. A score on a boundary belongs to the
/// easier band (55 is "normal"). Patient material should be at least "normal".
/// </summary>
public static class InfleszBand
{
    /// <summary>The band's name as the scale gives it, in Spanish (e.g. <c>normal</c>, <c>algo difícil</c>).</summary>
    public static string Of(double score) => score switch
    {
        < 40 => "muy difícil",
        < 55 => "algo difícil",
        < 65 => "normal",
        < 80 => "bastante fácil",
        _ => "muy fácil",
    };

    /// <summary>The band's name in English, for the editors' report and messages (e.g. <c>somewhat hard</c>).</summary>
    public static string English(double score) => score switch
    {
        < 40 => "very hard",
        < 55 => "somewhat hard",
        < 65 => "normal",
        < 80 => "fairly easy",
        _ => "very easy",
    };
}
