using Relevare.Static.Diagnostics;
using Relevare.Static.Templating;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Relevare.Static.Tests.Templating;

/// <summary>
/// An <c>include</c> that is a statement of its own on an unindented line is rendered straight into the output it is
/// printed to, without making its text a string first. Everything that writing that string would have done must
/// still happen the same way: the text, the line-end state the next write sees, the output limit counted (Scriban
/// counts an include's text twice: once rendered, once printed), and the render budget's count of writes. Each case
/// is rendered with relevare's include and with one that calls Scriban's own <c>RenderTemplate</c>, and the outcomes
/// (the text, or the error's message and place) compared.
/// </summary>
public sealed class TemplateIncludeInPlaceTests
{
    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["templates/partials/body.html"] = "<article>\n<h1>{{ name }}</h1>\n{{ for i in 1..3 }}<p>{{ i }}</p>\n{{ end }}</article>\n",
        ["templates/partials/open.html"] = "<b>{{ name }}</b>",
        ["templates/partials/empty.html"] = "",
        ["templates/partials/outer.html"] = "<div>\n{{ include 'partials/body.html' }}\n{{ include 'partials/empty.html' }}{{ include 'partials/open.html' }}\n  {{ include 'partials/open.html' }}\n</div>",
        ["templates/partials/ret.html"] = "<i>before</i>{{ ret 'returned' }}<i>after</i>",
    };

    public static TheoryData<string> Templates =>
    [
        "<main>\n{{ include 'partials/body.html' }}\n</main>\n",
        "<main>\n{{ include 'partials/outer.html' }}</main>",
        "{{ include 'partials/empty.html' }}\n{{ include 'partials/open.html' }}\n{{ include 'partials/empty.html' }}",
        "{{ for j in 1..3 }}{{ include 'partials/open.html' }}\n{{ end }}",
        "{{ func show }}{{ include 'partials/body.html' }}{{ end }}<x>{{ show }}</x>\n{{ show }}",
        "{{ func show\n include 'partials/open.html'\n ret 'done'\n end }}[{{ show }}]",
        "{{ if true }}\n{{ include 'partials/outer.html' }}\n{{ end }}after",
        "{{ include 'partials/ret.html' }}|{{ include 'partials/open.html' }}",
        "{{\n include 'partials/open.html'\n include 'partials/body.html'\n}}\nend",
        "{{ capture c }}{{ include 'partials/body.html' }}{{ end }}<pre>{{ c }}</pre>",
        "<p>{{ include 'partials/open.html' }}</p>\n  <q>\n{{ include 'partials/open.html' }}\n  </q>",
    ];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Output_is_the_same_as_Scribans(string page)
    {
        var (ours, library) = Outcomes(page, _ => { });

        Assert.Equal(library, ours);
        Assert.DoesNotContain("error:", ours, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_output_limit_fails_at_the_same_place_as_Scribans(string page)
    {
        // Every limit from nothing allowed to a little more than the page: the first write over it throws.
        var (full, _) = Outcomes(page, _ => { });
        for (var limit = 1; limit < (full.Length * 2) + 8; limit += 3)
        {
            var (ours, library) = Outcomes(page, context => context.OutputLimit = limit);
            Assert.Equal(library, ours);
        }
    }

    [Fact]
    public void The_output_limit_counts_an_include_twice_as_Scriban_does()
    {
        // The include's 20 characters are counted when rendered and again when printed: 39 is not enough.
        const string Page = "{{ include 'partials/twenty.html' }}";
        var partials = new Dictionary<string, string>(StringComparer.Ordinal) { ["templates/partials/twenty.html"] = "01234567890123456789" };

        var (tooLittle, tooLittleLibrary) = Outcomes(Page, context => context.OutputLimit = 39, partials);
        var (enough, _) = Outcomes(Page, context => context.OutputLimit = 40, partials);

        Assert.Equal(tooLittleLibrary, tooLittle);
        Assert.Contains("error: Rendered output exceeds OutputLimit `39`.", tooLittle, StringComparison.Ordinal);
        Assert.Equal("01234567890123456789\n--\n01234567890123456789\n--\n", enough);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_render_budget_runs_out_at_the_same_place_as_Scribans(string page)
    {
        // A budget of n writes and loop steps: printing an include is one write, rendered in place or not.
        var spentSomewhere = false;
        for (var units = 0; units < 60; units++)
        {
            var budget = WorkBudget.Counted(units, TimeSpan.FromSeconds(1));
            var (ours, library) = Outcomes(page, _ => { }, budget: budget);
            Assert.Equal(library, ours);
            spentSomewhere |= ours.Contains("error:", StringComparison.Ordinal);
        }

        Assert.True(spentSomewhere);
    }

    // The page rendered twice through one context each (the second time after a reset, as PageTemplateRenderer
    // does), once with relevare's include and once with an include that calls Scriban's RenderTemplate (named lib_inc: as long as include, so that the places compare): the text of
    // each render, or the message and place of the error that stopped it.
    private static (string Ours, string Library) Outcomes(
        string page, Action<EscapingTemplateContext> configure, Dictionary<string, string>? partials = null, WorkBudget? budget = null)
    {
        var diagnostics = new List<Diagnostic>();
        var all = partials ?? Partials;
        var library = page.Replace("include '", "lib_inc '", StringComparison.Ordinal);
        var files = all.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))
            .Append(KeyValuePair.Create("templates/ours.html", (string?)page))
            .Append(KeyValuePair.Create("templates/library.html", (string?)library))
            .Concat(all.Select(p => KeyValuePair.Create(p.Key.Replace("partials/", "partialz/", StringComparison.Ordinal), (string?)p.Value.Replace("include 'partials/", "lib_inc 'partialz/", StringComparison.Ordinal))))
            .ToList();
        var set = TemplateSet.Parse(files, diagnostics);
        Assert.Empty(diagnostics);

        string Run(string name)
        {
            var context = new EscapingTemplateContext(set, loopLimit: 1000);
            configure(context);
            var output = "";
            for (var i = 0; i < 2; i++)
            {
                var globals = new ScriptObject
                {
                    ["name"] = "n" + i,
                    ["lib_inc"] = DelegateCustomFunction.CreateFunc<Scriban.TemplateContext, string, RawHtml>(
                        (c, partial) => new RawHtml(c.RenderTemplate(set.Find(partial.Replace("partials/", "partialz/", StringComparison.Ordinal))!, new ScriptArray(), c.CurrentNode))),
                };
                context.PushGlobal(globals);
                context.Begin(budget ?? WorkBudget.Counted(long.MaxValue, TimeSpan.FromSeconds(10)));
                try
                {
                    output += set.Find(name)!.Render(context) + "\n--\n";
                    context.Reset();
                }
                catch (ScriptRuntimeException e)
                {
                    // The place in the page's own template; the partials' names differ between the two runs.
                    var file = e.Span.FileName.Replace("partialz/", "partials/", StringComparison.Ordinal).Replace("library.html", "ours.html", StringComparison.Ordinal);
                    return output + $"error: {e.OriginalMessage} at {file}:{e.Span.Start.Line}:{e.Span.Start.Column}-{e.Span.End.Line}:{e.Span.End.Column} ({e.GetType().Name})";
                }
            }

            return output;
        }

        return (Run("ours.html"), Run("library.html"));
    }
}
