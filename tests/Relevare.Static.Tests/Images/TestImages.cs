using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Relevare.Static.Tests.Images;

/// <summary>
/// Images made in code for the tests (no binaries in the repository): JPEG and PNG encoded by SkiaSharp, with EXIF
/// segments (orientation, a GPS position, an artist's name) written by hand as an APP1 segment.
/// </summary>
internal static class TestImages
{
    /// <summary>The name written in the EXIF Artist tag of <see cref="Jpeg"/> images with metadata.</summary>
    public const string Artist = "Dr Jane Example";

    /// <summary>
    /// A JPEG of <paramref name="width"/> × <paramref name="height"/> stored pixels: the left half red, the right half
    /// blue. With <paramref name="orientation"/> or <paramref name="gps"/>, an EXIF segment with the orientation, the
    /// artist's name and (when asked) a GPS position.
    /// </summary>
    public static byte[] Jpeg(int width, int height, int orientation = 1, bool gps = false)
    {
        var encoded = Encode(width, height, SKEncodedImageFormat.Jpeg);
        if (orientation == 1 && !gps)
        {
            return encoded;
        }

        var exif = Exif(orientation, gps);
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. encoded[..2], .. segment, .. encoded[2..]];
    }

    /// <summary>A PNG of the same picture as <see cref="Jpeg"/>.</summary>
    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    /// <summary>A valid PNG signature and header claiming <paramref name="width"/> × <paramref name="height"/>, and no pixels.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        var bytes = new byte[8 + 25 + 12];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), (uint)height);
        bytes[24] = 8; // bit depth
        bytes[25] = 2; // RGB
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(33), 0);
        "IEND"u8.CopyTo(bytes.AsSpan(37));
        return bytes;
    }

    /// <summary>A JPEG start and frame header claiming <paramref name="width"/> × <paramref name="height"/>, and nothing else.</summary>
    public static byte[] JpegHeaderOnly(int width, int height)
    {
        var bytes = new byte[] { 0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9 };
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(7), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(9), (ushort)width);
        return bytes;
    }

    /// <summary>The colour of the pixel at (<paramref name="x"/>, <paramref name="y"/>) of an encoded image.</summary>
    public static SKColor PixelAt(byte[] encoded, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(encoded);
        return bitmap.GetPixel(x, y);
    }

    /// <summary>The size of an encoded image.</summary>
    public static (int Width, int Height) SizeOf(byte[] encoded)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(encoded));
        return (codec.Info.Width, codec.Info.Height);
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    // "Exif\0\0", then a little-endian TIFF: IFD0 with Orientation, Artist and (optionally) a GPS IFD pointer;
    // the GPS IFD holds GPSLatitudeRef 'N' and GPSLatitude 51/1 30/1 0/1.
    private static byte[] Exif(int orientation, bool gps)
    {
        var artist = Encoding.ASCII.GetBytes(Artist + "\0");
        var entries = gps ? 3 : 2;
        var ifd0Size = 2 + (entries * 12) + 4;
        var artistAt = 8 + ifd0Size;
        var gpsAt = artistAt + artist.Length + (artist.Length % 2);
        var tiff = new byte[gpsAt + (gps ? 2 + (2 * 12) + 4 + 24 : 0)];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), (ushort)entries);
        var at = 10;
        void Entry(ushort tag, ushort type, uint count, uint value)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), tag);
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 2), type);
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 4), count);
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), value);
            at += 12;
        }

        Entry(0x0112, 3, 1, (uint)orientation);
        Entry(0x013B, 2, (uint)artist.Length, (uint)artistAt);
        if (gps)
        {
            Entry(0x8825, 4, 1, (uint)gpsAt);
        }

        artist.CopyTo(tiff, artistAt);
        if (gps)
        {
            at = gpsAt;
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), 2);
            at += 2;
            var rationals = gpsAt + 2 + (2 * 12) + 4;
            Entry(0x0001, 2, 2, 'N');
            Entry(0x0002, 5, 3, (uint)rationals);
            uint[] values = [51, 1, 30, 1, 0, 1];
            for (var i = 0; i < values.Length; i++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(rationals + (i * 4)), values[i]);
            }
        }

        return [.. "Exif\0\0"u8, .. tiff];
    }
}
