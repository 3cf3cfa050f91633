using Relevare.Static.Diagnostics;
using Relevare.Static.Templating;
using Scriban.Runtime;

namespace Relevare.Static.Tests.Templating;

/// <summary>
/// <c>include</c> renders into an output that the template context keeps from page to page, instead of Scriban's
/// <c>RenderTemplate</c>, which makes a new one per include. The output must be the same as the library's in every
/// case that touches its state: indentation (the include's own and the text around it), nested and repeated
/// includes, an include kept in a variable, whitespace control, loops; and a context reused for the next page.
/// </summary>
public sealed class TemplateIncludeTests
{
    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["templates/partials/lines.html"] = "<p>one</p>\n<p>two {{ name }}</p>\n\n<p>three</p>\n",
        ["templates/partials/no-newline.html"] = "<b>{{ name }}</b>",
        ["templates/partials/nested.html"] = "<div>\n  {{ include 'partials/lines.html' }}\n  {{ include 'partials/no-newline.html' }}\n</div>\n",
        ["templates/partials/deeper.html"] = "<section>\n    {{ include 'partials/nested.html' }}\n</section>",
        ["templates/partials/loop.html"] = "{{ for i in 1..3 }}\n  <i>{{ i }}</i>\n  {{ include 'partials/no-newline.html' }}\n{{ end }}",
    };

    public static TheoryData<string> Templates =>
    [
        "{{ include 'partials/lines.html' }}",
        "<main>\n{{ include 'partials/lines.html' }}\n</main>\n",
        "<main>\n    {{ include 'partials/lines.html' }}\n</main>\n",
        "<main>\n\t{{ include 'partials/lines.html' }}after\n</main>",
        "<main>\n  {{ include 'partials/nested.html' }}\n  {{ include 'partials/deeper.html' }}\n</main>\n",
        "a{{ include 'partials/no-newline.html' }}b\n  {{ include 'partials/no-newline.html' }}\n  c\n",
        "<ul>\n  {{~ include 'partials/lines.html' ~}}\n</ul>\n  {{- include 'partials/nested.html' -}}  \nend",
        "{{ x = include 'partials/lines.html' }}<pre>\n  {{ x }}\n</pre>\n{{ x }}{{ x }}",
        "<ol>\n  {{ include 'partials/loop.html' }}\n</ol>\n{{ for j in 1..2 }}\n    {{ include 'partials/deeper.html' }}\n{{ end }}",
        "  {{ include 'partials/lines.html' }}{{ include 'partials/lines.html' }}\n    {{ include 'partials/no-newline.html' }}{{ include 'partials/lines.html' }}",
        "{{ if true }}\n    {{ include 'partials/nested.html' }}\n{{ end }}\n{{ 'x' + (include 'partials/no-newline.html') }}",
    ];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Include_renders_exactly_like_Scribans_RenderTemplate(string page)
    {
        var (ours, library) = Render(page, times: 1);

        Assert.Equal(library, ours);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_reused_context_renders_the_next_page_the_same(string page)
    {
        var (ours, library) = Render(page, times: 3);

        Assert.Equal(library, ours);
    }

    // The template rendered `times` times through one context (reset in between, as PageTemplateRenderer does), once
    // with relevare's include and once with an include that calls Scriban's own RenderTemplate.
    private static (string Ours, string Library) Render(string page, int times)
    {
        var diagnostics = new List<Diagnostic>();
        var library = page.Replace("include '", "library_include '", StringComparison.Ordinal);
        var files = Partials.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))
            .Append(KeyValuePair.Create("templates/ours.html", (string?)page))
            .Append(KeyValuePair.Create("templates/library.html", (string?)library))
            .Concat(Partials.Select(p => KeyValuePair.Create(p.Key.Replace("partials/", "library/", StringComparison.Ordinal), (string?)p.Value.Replace("include 'partials/", "library_include 'library/", StringComparison.Ordinal))))
            .ToList();
        var set = TemplateSet.Parse(files, diagnostics);
        Assert.Empty(diagnostics);

        string Run(string name)
        {
            var context = new EscapingTemplateContext(set, loopLimit: 1000);
            var output = "";
            for (var i = 0; i < times; i++)
            {
                var globals = new ScriptObject
                {
                    ["name"] = "n" + i,
                    ["library_include"] = DelegateCustomFunction.CreateFunc<Scriban.TemplateContext, string, RawHtml>(
                        (c, partial) => new RawHtml(c.RenderTemplate(set.Find(partial.Replace("partials/", "library/", StringComparison.Ordinal))!, new ScriptArray(), c.CurrentNode))),
                };
                context.PushGlobal(globals);
                context.Begin(WorkBudget.Counted(long.MaxValue, TimeSpan.FromSeconds(10)));
                output += set.Find(name)!.Render(context) + "\n--\n";
                context.Reset();
            }

            return output;
        }

        return (Run("ours.html"), Run("library.html"));
    }
}
