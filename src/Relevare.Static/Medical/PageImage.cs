namespace Relevare.Static.Medical;

/// <summary>
/// One picture a page shows, for the content-health report: what a patient downloads for it. A browser takes one
/// file of the picture's published files (the one its screen and formats call for); <paramref name="LargestBytes"/>
/// is the most that can be, on a wide screen; <paramref name="TotalBytes"/> is all its files together (what the
/// site stores and serves for it).
/// </summary>
/// <param name="SourcePath">The picture's source, e.g. <c>content/treatment/room.jpg</c>.</param>
/// <param name="Files">How many files it is published as (sizes × formats).</param>
/// <param name="LargestBytes">The size of its largest published file, in bytes.</param>
/// <param name="TotalBytes">The sizes of all its published files together, in bytes.</param>
public sealed record PageImage(string SourcePath, int Files, long LargestBytes, long TotalBytes);
