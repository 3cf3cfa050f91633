using Relevare.Static.Markdown;

namespace Relevare.Static.Tests.Markdown;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\r\nscript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001\u001fjavascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("VBScript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("data:image/svg+xml,<svg onload=alert(1)>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.test/")]
    public void IsAllowed_rejects_dangerous_schemes_for_links_and_images(string url)
    {
        Assert.False(UrlPolicy.IsAllowed(url, isImage: false));
        Assert.False(UrlPolicy.IsAllowed(url, isImage: true));
    }

    [Theory]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("data:image/jpeg;base64,/9j/4AAQ")]
    [InlineData("data:image/gif,GIF89a")]
    [InlineData("data:image/webp;base64,UklGR")]
    [InlineData("DATA:IMAGE/PNG;base64,iVBORw0KGgo=")]
    public void IsAllowed_accepts_raster_data_urls_for_images_only(string url)
    {
        Assert.True(UrlPolicy.IsAllowed(url, isImage: true));
        Assert.False(UrlPolicy.IsAllowed(url, isImage: false));
    }

    [Theory]
    [InlineData("data:image/pngx;base64,AAAA")]
    [InlineData("data:image/png")]
    public void IsAllowed_rejects_lookalike_data_urls(string url) =>
        Assert.False(UrlPolicy.IsAllowed(url, isImage: true));

    [Theory]
    [InlineData("https://example.test/a?b=c#d")]
    [InlineData("http://example.test/")]
    [InlineData("HTTPS://EXAMPLE.TEST/")]
    [InlineData("mailto:care@example.test")]
    [InlineData("tel:+15550100")]
    [InlineData("migraine.md")]
    [InlineData("../treatment/during-your-infusion.md#what-to-bring")]
    [InlineData("/assets/leaflet.pdf")]
    [InlineData("#top")]
    [InlineData("?page=2")]
    [InlineData("folder/file:with-colon")]
    [InlineData("./javascript:alert(1)")]
    [InlineData("")]
    public void IsAllowed_accepts_web_mail_phone_and_relative_urls(string url)
    {
        Assert.True(UrlPolicy.IsAllowed(url, isImage: false));
        Assert.True(UrlPolicy.IsAllowed(url, isImage: true));
    }

    [Theory]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("java\tscript:x", "javascript")]
    [InlineData("HTTPS://x", "https")]
    [InlineData("a/b:c", null)]
    [InlineData("#x:y", null)]
    [InlineData("page.md", null)]
    [InlineData(" \u0001https://x", "https")]
    [InlineData("\u001fmailto:a@b.test", "mailto")]
    [InlineData("ht\r\ntps://x", "https")]
    [InlineData("\u007fhttps://x", "\u007fhttps")]
    [InlineData("\u00a0https://x", "\u00a0https")]
    [InlineData("", null)]
    [InlineData(" ", null)]
    [InlineData(":x", null)]
    [InlineData("\t:x", null)]
    public void SchemeOf_reads_the_scheme_as_a_browser_would(string url, string? scheme) =>
        Assert.Equal(scheme, UrlPolicy.SchemeOf(url));
}
