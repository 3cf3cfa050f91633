namespace Relevare.Static.Content;

/// <summary>Paths between source files, as links and image URLs written in a page name them.</summary>
internal static class SourcePaths
{
    /// <summary>
    /// Resolves <paramref name="link"/> written in <paramref name="fromPath"/> into a source path under content/;
    /// null when it leaves content/. A leading <c>/</c> means the root of content/.
    /// </summary>
    public static string? Resolve(string fromPath, string link)
    {
        var segments = new List<string>();
        if (link.StartsWith('/'))
        {
            segments.Add("content");
        }
        else
        {
            segments.AddRange(fromPath.Split('/')[..^1]);
        }

        foreach (var segment in link.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count <= 1)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return string.Join('/', segments);
    }
}
