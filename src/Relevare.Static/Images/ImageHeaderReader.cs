using System.Buffers.Binary;
using System.Text;
using Relevare.Static.Content;

namespace Relevare.Static.Images;

/// <summary>
/// Reads an image's format, size, EXIF orientation and whether it carries a GPS position from its header bytes
/// alone, before any decoder sees it: a tiny file claiming 30,000 × 30,000 pixels is refused here, not after a
/// decoder has asked for 3.6 GB. Pure and bounded: it walks headers and segment lengths, never the pixels.
/// </summary>
internal static class ImageHeaderReader
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format the bytes are in, from their first bytes; <see cref="ImageFormat.Unknown"/> when none.</summary>
    public static ImageFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (bytes.StartsWith(PngSignature))
        {
            return ImageFormat.Png;
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.Webp;
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return ImageFormat.Gif;
        }

        return LooksLikeSvg(bytes) ? ImageFormat.Svg : ImageFormat.Unknown;
    }

    /// <summary>The header of a JPEG, PNG, WebP or GIF; null when the header is missing, cut short or inconsistent.</summary>
    public static ImageHeader? Read(ReadOnlySpan<byte> bytes) => Sniff(bytes) switch
    {
        ImageFormat.Jpeg => ReadJpeg(bytes),
        ImageFormat.Png => ReadPng(bytes),
        ImageFormat.Webp => ReadWebp(bytes),
        ImageFormat.Gif => bytes.Length >= 10
            ? Sized(ImageFormat.Gif, BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]), 1, false)
            : null,
        _ => null,
    };

    /// <summary>What a reader would call the format: "a PNG image", "an HTML page", "text", "an unknown kind of file".</summary>
    public static string Describe(ReadOnlySpan<byte> bytes)
    {
        var format = Sniff(bytes);
        if (format != ImageFormat.Unknown)
        {
            return format switch { ImageFormat.Jpeg => "a JPEG image", ImageFormat.Png => "a PNG image", ImageFormat.Webp => "a WebP image", ImageFormat.Gif => "a GIF image", _ => "an SVG image" };
        }

        var start = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (start.StartsWith("<!doctype html", StringComparison.Ordinal) || start.StartsWith("<html", StringComparison.Ordinal))
        {
            return "an HTML page";
        }

        return bytes.Length == 0 ? "an empty file" : bytes[..Math.Min(bytes.Length, 512)].IndexOfAnyInRange((byte)0, (byte)8) < 0 ? "text" : "an unknown kind of file";
    }

    private static ImageHeader? Sized(ImageFormat format, long width, long height, int orientation, bool gps)
    {
        if (width <= 0 || height <= 0 || width > int.MaxValue || height > int.MaxValue)
        {
            return null;
        }

        var transposed = orientation is >= 5 and <= 8;
        return new ImageHeader(format, (int)(transposed ? height : width), (int)(transposed ? width : height), orientation, gps);
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        var start = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return start.Contains("<svg", StringComparison.Ordinal) && !start.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static ImageHeader? ReadPng(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 33 || !bytes[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        long width = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
        long height = BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]);
        var orientation = 1;
        var gps = false;

        // Chunks: length, type, data, CRC. eXIf carries EXIF; iTXt/tEXt may carry XMP with GPS properties.
        var at = 8;
        while (at + 8 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
            var type = bytes.Slice(at + 4, 4);
            if (length > int.MaxValue || at + 12L + length > bytes.Length)
            {
                break;
            }

            var data = bytes.Slice(at + 8, (int)length);
            if (type.SequenceEqual("eXIf"u8))
            {
                (orientation, var exifGps) = ReadExif(data);
                gps |= exifGps;
            }
            else if (type.SequenceEqual("iTXt"u8) || type.SequenceEqual("tEXt"u8))
            {
                gps |= HasXmpGps(data);
            }
            else if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8))
            {
                break; // EXIF after the pixels is ignored by browsers too; stop before the image data
            }

            at += 12 + (int)length;
        }

        return Sized(ImageFormat.Png, width, height, orientation, gps);
    }

    private static ImageHeader? ReadJpeg(ReadOnlySpan<byte> bytes)
    {
        var orientation = 1;
        var gps = false;
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return null;
            }

            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2; // markers without a length
                continue;
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (length < 2 || at + 2 + length > bytes.Length)
            {
                return null;
            }

            var segment = bytes.Slice(at + 4, length - 2);
            if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8))
            {
                (orientation, var exifGps) = ReadExif(segment[6..]);
                gps |= exifGps;
            }
            else if (marker == 0xE1)
            {
                gps |= HasXmpGps(segment);
            }
            else if (marker is (>= 0xC0 and <= 0xC3) or (>= 0xC5 and <= 0xC7) or (>= 0xC9 and <= 0xCB) or (>= 0xCD and <= 0xCF))
            {
                if (segment.Length < 5)
                {
                    return null;
                }

                return Sized(ImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(segment[3..]), BinaryPrimitives.ReadUInt16BigEndian(segment[1..]), orientation, gps);
            }
            else if (marker is 0xDA or 0xD9)
            {
                return null; // pixels or the end before any frame header
            }

            at += 2 + length;
        }

        return null;
    }

    private static ImageHeader? ReadWebp(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 30)
        {
            return null;
        }

        var chunk = bytes[12..16];
        long width;
        long height;
        if (chunk.SequenceEqual("VP8X"u8))
        {
            width = 1 + (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16));
            height = 1 + (bytes[27] | (bytes[28] << 8) | (bytes[29] << 16));
        }
        else if (chunk.SequenceEqual("VP8 "u8))
        {
            width = BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF;
            height = BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF;
        }
        else if (chunk.SequenceEqual("VP8L"u8) && bytes[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            width = 1 + (bits & 0x3FFF);
            height = 1 + ((bits >> 14) & 0x3FFF);
        }
        else
        {
            return null;
        }

        // Chunks after the first: EXIF and XMP carry metadata.
        var orientation = 1;
        var gps = false;
        var at = 12;
        while (at + 8 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(at + 4)..]);
            if (length > int.MaxValue || at + 8L + length > bytes.Length)
            {
                break;
            }

            var data = bytes.Slice(at + 8, (int)length);
            var type = bytes.Slice(at, 4);
            if (type.SequenceEqual("EXIF"u8))
            {
                (orientation, var exifGps) = ReadExif(data.StartsWith("Exif\0\0"u8) ? data[6..] : data);
                gps |= exifGps;
            }
            else if (type.SequenceEqual("XMP "u8))
            {
                gps |= HasXmpGps(data);
            }

            at += 8 + (int)length + (int)(length & 1);
        }

        return Sized(ImageFormat.Webp, width, height, orientation, gps);
    }

    // A TIFF structure: byte order, then IFD0, whose entries include the orientation (0x0112) and a pointer to the
    // GPS IFD (0x8825). A GPS pointer to a GPS IFD with at least one entry means a position is recorded.
    private static (int Orientation, bool Gps) ReadExif(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return (1, false);
        }

        var little = tiff[0] == (byte)'I' && tiff[1] == (byte)'I';
        if (!little && !(tiff[0] == (byte)'M' && tiff[1] == (byte)'M'))
        {
            return (1, false);
        }

        uint U32(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);
        ushort U16(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);

        var ifd = U32(tiff[4..]);
        if (ifd > tiff.Length - 2)
        {
            return (1, false);
        }

        var count = U16(tiff[(int)ifd..]);
        var orientation = 1;
        var gps = false;
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + (i * 12);
            if (entry + 12 > tiff.Length)
            {
                break;
            }

            var tag = U16(tiff[entry..]);
            if (tag == 0x0112)
            {
                var value = U16(tiff[(entry + 8)..]);
                orientation = value is >= 1 and <= 8 ? value : 1;
            }
            else if (tag == 0x8825)
            {
                var pointer = U32(tiff[(entry + 8)..]);
                gps = pointer <= tiff.Length - 2 && U16(tiff[(int)pointer..]) > 0;
            }
        }

        return (orientation, gps);
    }

    private static bool HasXmpGps(ReadOnlySpan<byte> data) =>
        data.IndexOf("GPSLatitude"u8) >= 0 || data.IndexOf("GPSLongitude"u8) >= 0;
}
