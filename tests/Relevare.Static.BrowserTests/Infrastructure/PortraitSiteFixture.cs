using SkiaSharp;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// A copy of the clinic's site as it will be once the clinic supplies Dr. Mallek's photo: a generated 1200 × 1500 JPEG
/// beside people.yml and <c>portrait: mallek.jpg</c> in place of the placeholder, built and served like the clinic's
/// site (under <see cref="ClinicSite.StrictCsp"/>, with the site's own _headers).
/// </summary>
public sealed class PortraitSiteFixture : IAsyncLifetime
{
    /// <summary>The placeholder line of the clinic's people file that the copy replaces.</summary>
    public const string Placeholder = "portrait: { placeholder: \"photo of Dr. Mallek\", why: \"the clinic has not supplied a photo yet\" }";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "relevare-browser-tests", Guid.NewGuid().ToString("N"));
    private ServedSite? _site;

    internal ServedSite Site => _site ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync()
    {
        var source = Path.Combine(_root, "source");
        foreach (var folder in new[] { "content", "templates", "assets" })
        {
            TempFolder.CopyTree(Path.Combine(ClinicSite.Source, folder), Path.Combine(source, folder));
        }

        File.Copy(Path.Combine(ClinicSite.Source, "site.yml"), Path.Combine(source, "site.yml"));
        var people = Path.Combine(source, "content", "_data", "people.yml");
        var text = await File.ReadAllTextAsync(people);
        if (!text.Contains(Placeholder, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the clinic's people file no longer declares the portrait placeholder '{Placeholder}': update this fixture");
        }

        await File.WriteAllTextAsync(people, text.Replace(Placeholder, "portrait: mallek.jpg", StringComparison.Ordinal));
        await File.WriteAllBytesAsync(Path.Combine(source, "content", "_data", "mallek.jpg"), Photo(1200, 1500));
        _site = await ServedSite.BuildAndServeAsync(
            source, Path.Combine(_root, "site"), [KeyValuePair.Create("Content-Security-Policy", ClinicSite.StrictCsp)]);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    // A portrait-like JPEG: a soft background and a head-and-shoulders shape.
    private static byte[] Photo(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            using var background = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [new SKColor(205, 220, 232), new SKColor(150, 170, 190)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, background);
            using var figure = new SKPaint { IsAntialias = true, Color = new SKColor(70, 80, 95) };
            canvas.DrawCircle(width / 2f, height * 0.38f, width * 0.2f, figure);
            canvas.DrawOval(width / 2f, height * 0.95f, width * 0.42f, height * 0.3f, figure);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
