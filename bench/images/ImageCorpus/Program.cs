using System.Globalization;
using SkiaSharp;

// ImageCorpus OUT COUNT [WIDTH HEIGHT]: COUNT photo-like JPEGs (gradients, shapes and sensor-like noise, so that
// they compress like photos, not like flat colour), the same bytes for the same arguments.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ImageCorpus OUT COUNT [WIDTH HEIGHT]");
    return 2;
}

var folder = args[0];
var count = int.Parse(args[1], CultureInfo.InvariantCulture);
var width = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4000;
var height = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3000;
Directory.CreateDirectory(folder);
Parallel.For(0, count, i =>
{
    var random = new Random(i);
    using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
    using (var canvas = new SKCanvas(bitmap))
    {
        using var sky = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor((byte)random.Next(256), (byte)random.Next(256), 200), new SKColor(20, (byte)random.Next(256), (byte)random.Next(256))],
                SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, width, height, sky);
        using var shape = new SKPaint { IsAntialias = true };
        for (var s = 0; s < 40; s++)
        {
            shape.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 160);
            canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(50, width / 6), shape);
        }
    }

    // Sensor-like noise, ±12 per channel.
    var pixels = bitmap.GetPixelSpan();
    var noise = new byte[pixels.Length];
    random.NextBytes(noise);
    for (var p = 0; p < pixels.Length; p++)
    {
        if (p % 4 != 3)
        {
            pixels[p] = (byte)Math.Clamp(pixels[p] + ((noise[p] % 25) - 12), 0, 255);
        }
    }

    using var image = SKImage.FromBitmap(bitmap);
    using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
    File.WriteAllBytes(Path.Combine(folder, $"photo-{i:D3}.jpg"), data.ToArray());
});
return 0;
