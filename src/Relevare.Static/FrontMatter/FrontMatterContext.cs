using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.FrontMatter;

/// <summary>
/// One page's front matter while it is validated: its mapping, its content type once known, and the
/// <see cref="FieldReader"/> its mistakes are reported through (at the page's <c>file:line:col</c>).
/// </summary>
internal sealed class FrontMatterContext(string path, YamlMapping map, List<Diagnostic> diagnostics)
{
    private static readonly FieldCodes Codes = new(
        DiagnosticCodes.FrontMatterWrongType, DiagnosticCodes.FrontMatterUnknownField, DiagnosticCodes.FrontMatterMissingField);

    /// <summary>The page's content type, once known: it says under which names the built-in fields are written.</summary>
    public ContentType? Type { get; set; }

    /// <summary>The front matter.</summary>
    public YamlMapping Map => map;

    /// <summary>The page's source path.</summary>
    public string Path => path;

    /// <summary>Where mistakes are reported.</summary>
    public List<Diagnostic> Diagnostics => diagnostics;

    /// <summary>The reader of the page's fields.</summary>
    public FieldReader Fields { get; } = new(path, Codes, diagnostics);

    /// <summary>Reports an error at <paramref name="at"/>.</summary>
    public void Error(string code, YamlNode at, string message, string hint) => Fields.Error(code, at, message, hint);

    /// <summary>Where the built-in field <paramref name="field"/> is written (under its name in the pages), else the front matter.</summary>
    public SourceLocation LocationOf(string field) =>
        Fields.Location(map.Find(Type?.FrontMatterName(field) ?? field)?.Value ?? map);

    /// <summary>Where each field is written: built-in fields by their built-in names, the page's own by theirs.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations()
    {
        var names = new string[map.Entries.Length];
        var locations = new SourceLocation[names.Length];
        var count = 0;
        foreach (var entry in map.Entries)
        {
            var builtIn = Type?.BuiltInOf(entry.Key.Value);
            var name = builtIn ?? entry.Key.Value;
            if (builtIn is not null || Type is null || !BuiltInFields.Kinds.ContainsKey(name))
            {
                // A later key of the same name wins, as it did in a dictionary.
                var index = Array.IndexOf(names, name, 0, count);
                if (index < 0)
                {
                    index = count++;
                    names[index] = name;
                }

                locations[index] = Fields.Location(entry.Key);
            }
        }

        if (count < names.Length)
        {
            Array.Resize(ref names, count);
            Array.Resize(ref locations, count);
        }

        return new FieldLocations(names, locations);
    }
}
