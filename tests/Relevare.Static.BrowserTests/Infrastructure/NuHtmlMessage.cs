using System.Globalization;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>One message of the Nu Html Checker.</summary>
internal sealed record NuHtmlMessage(string Type, string File, int Line, string Message, string Extract)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Type}: {Message} [{Extract.ReplaceLineEndings(" ").Trim()}]");
}
