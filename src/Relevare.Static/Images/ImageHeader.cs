using Relevare.Static.Content;

namespace Relevare.Static.Images;

/// <summary>What an image file's header says, read without decoding its pixels.</summary>
/// <param name="Format">The format its bytes are in.</param>
/// <param name="Width">Its width as displayed (EXIF orientation applied), in pixels.</param>
/// <param name="Height">Its height as displayed, in pixels.</param>
/// <param name="Orientation">The EXIF orientation (1–8; 1 when absent).</param>
/// <param name="HasGps">True when the file carries a GPS position (EXIF GPS data or XMP GPS properties).</param>
internal sealed record ImageHeader(ImageFormat Format, int Width, int Height, int Orientation, bool HasGps)
{
    /// <summary>True when the pixels are stored turned by a quarter (EXIF orientations 5–8).</summary>
    public bool IsTransposed => Orientation is >= 5 and <= 8;
}
