using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Relevare.Static.Assets;
using Relevare.Static.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Relevare.Static.Templating;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints (Scriban does not), everywhere — in
/// partials too, because <c>include</c> renders through the same context. Strict: an unknown variable or member
/// is an error, not an empty string. <c>include</c> only sees the parsed templates of templates/ (no disk access,
/// so no <c>../</c>), and <c>object.eval</c>/<c>eval_template</c> are removed so nothing can run a string as code.
/// <c>asset</c> and <c>asset_integrity</c> give an asset's published URL and Subresource Integrity value.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    private readonly TemplateSet _templates;
    private readonly AssetManifest _assets;
    private readonly TemplateStrings? _strings;

    // Scriban builds its builtin function objects per context unless given a set: build ours once and share it
    // (read-only) across every render and thread.
    private static readonly Lazy<ScriptObject> SharedBuiltins = new(CreateBuiltins);

    public EscapingTemplateContext(TemplateSet templates, int loopLimit, AssetManifest? assets = null, TemplateStrings? strings = null)
        : base(SharedBuiltins.Value)
    {
        _templates = templates;
        _assets = assets ?? AssetManifest.Empty;
        _strings = strings;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        LoopLimit = loopLimit;
        RecursiveLimit = 64;
        NewLine = "\n";

        // Scriban's default cuts a page's output at 1 Mi characters without a word (the rest of the page, its
        // closing tags and footer included, is simply missing). A page may be longer, up to a limit that fails.
        LimitToString = PageSize.MaxOutputChars;
        OutputLimit = PageSize.MaxOutputChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
    }

    /// <summary>Answers, once per loop step and per value written, whether the page's render budget is spent.</summary>
    private Func<bool> _spent = () => false;

    /// <summary>Starts rendering one page within <paramref name="budget"/>.</summary>
    public void Begin(WorkBudget budget) => _spent = budget.Start();

    /// <summary>Thrown when the page's render budget is spent, where the template was at that moment.</summary>
    internal sealed class BudgetSpentException(SourceSpan span) : ScriptRuntimeException(span, "the render budget is spent");

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (_spent())
        {
            throw new BudgetSpentException(loop.Span);
        }

        return base.OnStepLoop(loop);
    }

    /// <summary>The tag of the language of the page being rendered (which strings <c>t</c> gives).</summary>
    public string PageLanguage { get; set; } = "";

    /// <summary>
    /// For <c>localized</c>: the page at a URL in the language of the page being rendered (its translation), or else
    /// the page itself with its own language (a URL of no page is kept as it is).
    /// </summary>
    public Func<string, (string Url, string Language, bool IsOtherLanguage)>? Localize { get; set; }

    /// <summary>Where <c>t</c> reports a string no strings file has (RS0403), for the page being rendered.</summary>
    public List<Diagnostic>? Diagnostics { get; set; }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = new TemplateContext().BuiltinObject;
        if (builtins["object"] is ScriptObject objectFunctions)
        {
            objectFunctions.Remove("eval");
            objectFunctions.Remove("eval_template");
        }

        builtins.Remove("include_join");
        builtins.Remove("include");
        // Typed wrappers rather than Import(name, Delegate), which builds its wrapper by reflection (not AOT-safe).
        builtins.SetValue("include", DelegateCustomFunction.CreateFunc<TemplateContext, string, object>(Include), readOnly: true);
        builtins.SetValue("asset", DelegateCustomFunction.CreateFunc<TemplateContext, string, string>((context, url) => FindAsset(context, url).Url), readOnly: true);
        builtins.SetValue("asset_integrity", DelegateCustomFunction.CreateFunc<TemplateContext, string, string>((context, url) => FindAsset(context, url).Integrity), readOnly: true);
        builtins.SetValue("t", DelegateCustomFunction.CreateFunc<TemplateContext, string, string>(Translate), readOnly: true);
        builtins.SetValue("format_number", DelegateCustomFunction.CreateFunc<TemplateContext, object?, string>(FormatNumber), readOnly: true);
        builtins.SetValue("localized", DelegateCustomFunction.CreateFunc<TemplateContext, string, ScriptObject>(Localized), readOnly: true);
        builtins.SetValue("safe_url", DelegateCustomFunction.CreateFunc<object?, string>(SafeUrl), readOnly: true);
        return builtins;
    }

    /// <summary>Every printed value passes here: RawHtml is written as is, anything else escaped.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (_spent())
        {
            throw new BudgetSpentException(span);
        }

        return textAsObject switch
        {
            null => this,
            RawHtml raw => base.Write(span, raw.Html),
            IncludedHtml included => WriteIncluded(included),
            _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject, nested: false))),
        };
    }

    // Returns plain strings: they are escaped like any value, which is harmless in the attributes they go into.
    private static PublishedAsset FindAsset(TemplateContext context, string url)
    {
        var assets = ((EscapingTemplateContext)context)._assets;
        return assets.Find(url) ?? throw new ScriptRuntimeException(
            context.CurrentSpan,
            $"asset '{url}': no such file in assets/ ("
            + (Suggestions.Closest(url, assets.Urls) is { } closest ? $"did you mean '{closest}'?" : "write /assets/ followed by the file's path in assets/")
            + ")");
    }

    /// <summary>
    /// <c>safe_url</c>: the URL when content may use it as a link (Markdown's allowlist: relative, http, https,
    /// mailto, tel), else <c>#</c>. HTML escaping does not stop <c>javascript:</c> in an <c>href</c>; this does.
    /// </summary>
    private static string SafeUrl(object? url) => url switch
    {
        null => "",
        _ when url.ToString() is { } text && Markdown.UrlPolicy.IsAllowed(text, isImage: false) => text,
        _ => "#",
    };

    // t "key": the page's language's text for key (templates/strings/<tag>.yml). A key that no strings file has is
    // RS0403 at this template line; the key itself is printed meanwhile (the build fails).
    private static string Translate(TemplateContext context, string key)
    {
        var self = (EscapingTemplateContext)context;
        if (self._strings?.Find(self.PageLanguage, key) is { } text)
        {
            return text;
        }

        var span = context.CurrentSpan;
        var file = TemplateStrings.PathOf(self.PageLanguage);
        self.Diagnostics?.Add(Diagnostic.Error(
            DiagnosticCodes.TemplateStringMissing, new SourceLocation(span.FileName, span.Start.Line + 1, span.Start.Column + 1),
            $"the template asks for the string '{key}', which {file} does not have",
            $"add '{key}: \"…\"' to {file} (and to the strings file of every other language), or correct the key"));
        return key;
    }

    // format_number 12500.5: the number as the page's language writes it (TemplateStrings.FormatNumber).
    private static string FormatNumber(TemplateContext context, object? value)
    {
        var self = (EscapingTemplateContext)context;
        decimal? number = value switch
        {
            int i => i,
            long l => l,
            double d when double.IsFinite(d) => (decimal)d,
            float f when float.IsFinite(f) => (decimal)f,
            decimal m => m,
            string s when decimal.TryParse(s, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (number is null)
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"format_number needs a number, not '{value}'");
        }

        return self._strings?.FormatNumber(self.PageLanguage, number.Value) ?? number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // localized "/about/": { url, lang, is_other_language } — the page's translation in the language of the page being
    // rendered, or else the page itself (is_other_language true: the template marks the link with hreflang).
    private static ScriptObject Localized(TemplateContext context, string url)
    {
        var self = (EscapingTemplateContext)context;
        var (target, language, other) = self.Localize is { } localize ? localize(url) : (url, self.PageLanguage, false);
        return new ScriptObject(3) { ["url"] = target, ["lang"] = language, ["is_other_language"] = other };
    }

    private static object Include(TemplateContext context, string name)
    {
        var templates = ((EscapingTemplateContext)context)._templates;
        var template = templates.Find(name) ?? throw new ScriptRuntimeException(
            context.CurrentSpan,
            $"include '{name}': no such template in templates/ (known: {string.Join(", ", templates.Names)})");
        var self = (EscapingTemplateContext)context;
        return self.IncludesInPlace(context.CurrentNode) is { } builder
            ? self.RenderIncludeInPlace(template, context.CurrentNode, builder)
            : new RawHtml(self.RenderInclude(template, context.CurrentNode));
    }

    // Scriban's RenderTemplate pushes a new output for every include (a StringBuilder grown from 16 characters: every
    // page's layout, about a third of the allocations of a page's render). This is the same sequence of steps, with
    // one output per depth of includes, kept by this context and reused from page to page. An include with named
    // arguments (not something a template can pass to this function) goes the library's way.
    private readonly List<StringBuilderOutput> _includeOutputs = [];

    private string RenderInclude(Template template, ScriptNode? caller)
    {
        if (caller is ScriptFunctionCall call)
        {
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                if (call.Arguments[i] is ScriptNamedArgument)
                {
                    return RenderTemplate(template, new ScriptArray(), caller);
                }
            }
        }

        EnterRecursive(caller);
        var previousIndent = CurrentIndent;
        var previousTextWasNewLine = PreviousTextWasNewLine(this);
        CurrentIndent = null;
        var depth = OutputCount - 1;
        while (_includeOutputs.Count <= depth)
        {
            _includeOutputs.Add(new StringBuilderOutput());
        }

        var output = _includeOutputs[depth];
        output.Builder.Length = 0;
        PushOutput(output);
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, new ScriptArray(), true, true);
            if (previousIndent is not null)
            {
                ResetPreviousNewLine();
            }

            return template.Render(this);
        }
        finally
        {
            PopLocal();
            PopOutput();
            CurrentIndent = previousIndent;
            PreviousTextWasNewLine(this) = previousTextWasNewLine;
            ExitRecursive(caller);
        }
    }

    // What RenderTemplate saves and restores around an include; Scriban keeps it private (7.5.3: checked by
    // TemplateIncludeTests, which render includes with indentation both ways).
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    // The characters written so far against the output limit (7.5.3: one count for the whole render, every output).
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_currentOutputLength")]
    private static extern ref long CurrentOutputLength(TemplateContext context);

    // `{{ include layout }}` as a statement of its own prints the include's text right after making it, unchanged
    // when nothing indents it (no indentation, or the empty one of a tag at the start of a line). Made as a string,
    // that text is a second copy of most of the page (a layout holds the body): about 7 KB per page of the benchmark
    // site. Such an include is rendered straight into the output it is printed to, and printing it (WriteIncluded)
    // then does only the bookkeeping that writing the string would have done. Every other include (in an
    // expression, a pipe, an assignment, an indented line) makes its string as before.
    private StringBuilder? IncludesInPlace(ScriptNode? caller) =>
        caller is ScriptFunctionCall call && call.Parent is ScriptExpressionStatement statement && ReferenceEquals(statement.Expression, call)
        && string.IsNullOrEmpty(CurrentIndent) && EnableOutput
            ? Output switch
            {
                StringBuilderOutput output => output.Builder,
                InPlaceOutput output => output.Builder,
                _ => null,
            }
            : null;

    private IncludedHtml RenderIncludeInPlace(Template template, ScriptNode? caller, StringBuilder builder)
    {
        // The steps of RenderInclude, with an output that appends to the builder being printed to; its text (what
        // Template.Render returns) is empty.
        EnterRecursive(caller);
        var previousIndent = CurrentIndent;
        var previousTextWasNewLine = PreviousTextWasNewLine(this);
        CurrentIndent = null;
        var start = builder.Length;
        PushOutput(new InPlaceOutput(builder));
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, new ScriptArray(), true, true);
            if (previousIndent is not null)
            {
                ResetPreviousNewLine();
            }

            template.Render(this);
        }
        finally
        {
            PopLocal();
            PopOutput();
            CurrentIndent = previousIndent;
            PreviousTextWasNewLine(this) = previousTextWasNewLine;
            ExitRecursive(caller);
        }

        var length = builder.Length - start;
        return new IncludedHtml(builder, builder.Length, length, length == 0 ? '\0' : builder[^1]);
    }

    // What TemplateContext.Write(span, text) does with the include's text, in 7.5.3's order (Write: ObjectToString's
    // LimitToString check, then Write(text): the line-end state, then the output limit), except appending it: it is
    // already there. The same text, the same state and the same exceptions at the same spans. (With the empty
    // indentation Write goes line by line, writing empty indents: the same text, end state and verdict.)
    private EscapingTemplateContext WriteIncluded(IncludedHtml included)
    {
        var builder = Output switch
        {
            StringBuilderOutput output => output.Builder,
            InPlaceOutput output => output.Builder,
            _ => null,
        };
        if (!ReferenceEquals(builder, included.Builder) || builder.Length != included.End || !string.IsNullOrEmpty(CurrentIndent))
        {
            throw new InvalidOperationException("an include rendered in place was not printed right after it was made");
        }

        var length = included.Length;
        if (length == 0)
        {
            return this;
        }

        if (LimitToString > 0 && length >= LimitToString && OnStringLimit == ScriptLimitBehavior.Throw)
        {
            throw new ScriptRuntimeException(CurrentSpan, $"String conversion reaches LimitToString `{LimitToString}`.");
        }

        PreviousTextWasNewLine(this) = included.Last == '\n';
        var limit = OutputLimit ?? LimitToString;
        if (limit > 0 && length > limit - CurrentOutputLength(this) && OnOutputLimit == ScriptLimitBehavior.Throw)
        {
            throw new ScriptRuntimeException(CurrentSpan, $"Rendered output exceeds OutputLimit `{limit}`.");
        }

        CurrentOutputLength(this) += length;
        return this;
    }

    /// <summary>An output that appends to the builder of the output an include is printed to; its text is empty.</summary>
    private sealed class InPlaceOutput(StringBuilder builder) : IScriptOutput
    {
        public StringBuilder Builder { get; } = builder;

        public void Write(string text, int offset, int count) => Builder.Append(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Builder.Append(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => "";
    }

    /// <summary>An include rendered in place: its <paramref name="Length"/> characters end at <paramref name="End"/> of <paramref name="Builder"/>.</summary>
    private sealed record IncludedHtml(StringBuilder Builder, int End, int Length, char Last);
}
