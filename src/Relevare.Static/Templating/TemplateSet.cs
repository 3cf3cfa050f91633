using System.Collections.Frozen;
using Relevare.Static.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace Relevare.Static.Templating;

/// <summary>Every template of templates/, parsed once and shared by all renders (parsed templates are immutable).</summary>
internal sealed class TemplateSet
{
    public const string Root = "templates/";
    public const string BaseTemplate = "base.html";

    private readonly FrozenDictionary<string, Template> _templates;
    private readonly FrozenSet<string> _failed;

    private TemplateSet(FrozenDictionary<string, Template> templates, FrozenSet<string> failed)
    {
        _templates = templates;
        _failed = failed;
    }

    /// <summary>True when some template did not parse (its errors are already reported).</summary>
    public bool HasErrors => _failed.Count > 0;

    /// <summary>True when the file exists in templates/, whether or not it parsed.</summary>
    public bool Exists(string name) => _templates.ContainsKey(name) || _failed.Contains(name);

    /// <summary>Template names relative to templates/, e.g. <c>layouts/article.html</c>.</summary>
    public IEnumerable<string> Names => _templates.Keys.Order(StringComparer.Ordinal);

    /// <summary>The template named relative to templates/, or null.</summary>
    public Template? Find(string name) => _templates.GetValueOrDefault(name);

    /// <summary>
    /// Parses every <c>.html</c> file (path relative to the source root → text, or null when the file could not be
    /// read, already reported); syntax errors become diagnostics.
    /// </summary>
    public static TemplateSet Parse(IEnumerable<KeyValuePair<string, string?>> files, List<Diagnostic> diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            if (text is null)
            {
                failed.Add(path[Root.Length..]);
                continue;
            }

            var template = Template.Parse(text, path);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.TemplateSyntax,
                    new SourceLocation(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                    "template syntax error: " + message.Message,
                    "check the {{ … }} tags near this position (every if/for/with needs an 'end')"));
            }

            if (template.HasErrors)
            {
                failed.Add(path[Root.Length..]);
            }
            else
            {
                templates[path[Root.Length..]] = template;
            }
        }

        return new TemplateSet(templates.ToFrozenDictionary(StringComparer.Ordinal), failed.ToFrozenSet(StringComparer.Ordinal));
    }
}
