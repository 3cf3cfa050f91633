using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Site;
using Relevare.Static.Templating;

namespace Relevare.Static;

/// <summary>Step 4 of the pipeline, after parsing the templates: every layout named by site.yml or a page exists.</summary>
internal static class LayoutCheck
{
    /// <summary>True when every page can be rendered: the base template and every layout in use exist and parse.</summary>
    public static bool Check(SiteConfig config, List<SourcePage> pages, TemplateSet templates, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        if (!templates.Exists(TemplateSet.BaseTemplate))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ConfigTemplateMissing, SourceLocation.File(TemplateSet.Root + TemplateSet.BaseTemplate),
                "the base template templates/base.html is missing",
                "create it: it is the HTML shell of every page and includes the layout with {{ include layout }}"));
        }

        // A layout with a syntax error exists (Exists counts it) and was reported at the error: calling it missing
        // too would mislead, and turn a template mistake into a site.yml one.
        foreach (var type in config.ContentTypes.Values.Where(t => !Exists(templates, t.Template)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ConfigTemplateMissing, new SourceLocation(SiteConfigLoader.FileName, type.Line, type.Column),
                $"content type '{type.Name}' uses template '{type.Template}', but templates/{PageTemplateRenderer.LayoutPath(type.Template)} does not exist",
                "create the layout file or change 'template:'"));
        }

        var known = templates.Names.Where(n => n.StartsWith("layouts/", StringComparison.Ordinal))
            .Select(n => n["layouts/".Length..^".html".Length]).ToList();
        foreach (var page in pages.Where(p => p.Metadata.Locations.ContainsKey("template") && !Exists(templates, p.Metadata.Template)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FrontMatterUnknownTemplate, page.Metadata.Locations["template"],
                $"unknown template '{page.Metadata.Template}' (no templates/{PageTemplateRenderer.LayoutPath(page.Metadata.Template)})",
                Suggestions.DidYouMean(page.Metadata.Template, known)));
        }

        return diagnostics.Count == errorsBefore && !templates.HasErrors;
    }

    /// <summary>Whether the layout <paramref name="template"/> exists (a layout with a syntax error exists).</summary>
    public static bool Exists(TemplateSet templates, string template) =>
        templates.Exists(PageTemplateRenderer.LayoutPath(template));
}
