using System.CommandLine;
using System.Text;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Cli.New;

/// <summary><c>relevare new &lt;type&gt; "&lt;title&gt;"</c>: a new page from the type's archetype, never over an existing file.</summary>
internal sealed class NewCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Argument<string?> _type = new("type") { Description = "The content type from site.yml, e.g. article or page (not with --translation-of).", Arity = ArgumentArity.ZeroOrOne };

    private readonly Argument<string?> _title = new("title") { Description = "The page's title, in quotes (not with --translation-of).", Arity = ArgumentArity.ZeroOrOne };

    private readonly Option<string?> _lang = new("--lang")
    {
        Description = "With --translation-of: the language to translate into, a tag from site.yml's languages (e.g. es).",
    };

    private readonly Option<string?> _translationOf = new("--translation-of")
    {
        Description = "Start a translation of this page (its path, e.g. content/conditions/migraine.md), recording which version of it is translated.",
    };

    private readonly Option<DirectoryInfo> _source = new("--source", "-s")
    {
        Description = "The site's folder (holding site.yml, content/, templates/).",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    private readonly Option<string?> _section = new("--section")
    {
        Description = "The folder under content/ to put the page in, when several use the type (as site.yml's sections say).",
    };

    private readonly Option<string?> _slug = new("--slug")
    {
        Description = "The file name (and URL) without '.md' [default: made from the title].",
    };

    private readonly Option<DateOnly?> _today = CliOptions.Today("The date to write as today's, YYYY-MM-DD [default: today].");

    private readonly CliEnvironment _environment;

    public NewCommand(CliEnvironment environment) => _environment = environment;

    public Command Create()
    {
        var command = new Command("new", "Create a page from its type's archetype in templates/archetypes/ (never overwrites a file).")
        {
            _type, _title, _source, _section, _slug, _today, _lang, _translationOf,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var stderr = _environment.Error;
        var source = parse.GetValue(_source)!.FullName;
        var type = parse.GetValue(_type);
        var title = parse.GetValue(_title)?.Trim();
        var translationOf = parse.GetValue(_translationOf);
        var configPath = Path.Combine(source, SiteConfigLoader.FileName);
        if (!File.Exists(configPath))
        {
            stderr.WriteLine($"error: no site.yml in '{source}' (run relevare new in the site's folder, or pass --source DIR)");
            return ExitCodes.Usage;
        }

        var diagnostics = new List<Diagnostic>();
        var text = SourceText.Decode(SiteConfigLoader.FileName, File.ReadAllBytes(configPath), diagnostics);
        var config = text is null ? null : SiteConfigLoader.Load(text, diagnostics);
        if (config is null)
        {
            DiagnosticPrinter.PrintText(stderr, diagnostics, githubActions: false);
            stderr.WriteLine("error: fix site.yml first");
            return ExitCodes.Usage;
        }

        if (translationOf is not null)
        {
            if (type is not null)
            {
                stderr.WriteLine("error: with --translation-of, give no type or title: the translation copies them from the page it translates");
                return ExitCodes.Usage;
            }

            return NewTranslation.Run(_environment, source, config, parse.GetValue(_lang), translationOf);
        }

        if (parse.GetValue(_lang) is not null)
        {
            stderr.WriteLine("error: --lang starts a translation and needs --translation-of, e.g. relevare new --lang es --translation-of content/conditions/migraine.md");
            return ExitCodes.Usage;
        }

        if (type is null || title is null)
        {
            stderr.WriteLine("error: give the content type and the title, e.g. relevare new article \"Ketamine for chronic pain\"");
            return ExitCodes.Usage;
        }

        if (!config.ContentTypes.ContainsKey(type))
        {
            stderr.WriteLine($"error: unknown content type '{type}'; site.yml defines {Quoted(config.ContentTypes.Keys)}");
            return ExitCodes.Usage;
        }

        if (title.Length == 0)
        {
            stderr.WriteLine("error: the title is empty; write it in quotes, e.g. relevare new article \"Ketamine for chronic pain\"");
            return ExitCodes.Usage;
        }

        if (Section(config, type, parse.GetValue(_section)) is not { } section)
        {
            return ExitCodes.Usage;
        }

        var slug = parse.GetValue(_slug) ?? Slugs.FromTitle(title);
        if (!Patterns.Slug().IsMatch(slug))
        {
            stderr.WriteLine(slug.Length == 0
                ? "error: cannot make a file name from this title (no ASCII letters or digits); pass --slug, e.g. --slug ketamine-infusions"
                : $"error: --slug '{slug}' is not a valid file name; use lowercase letters, digits and hyphens");
            return ExitCodes.Usage;
        }

        var archetypePath = Path.Combine(source, Archetype.Folder, type + ".md");
        if (!File.Exists(archetypePath))
        {
            stderr.WriteLine($"error: no archetype for '{type}': create {Archetype.Folder}/{type}.md (a page with placeholders such as {{{{ title }}}} and {{{{ date }}}})");
            return ExitCodes.Usage;
        }

        var today = CliOptions.TodayOr(parse.GetValue(_today), _environment.Clock);
        var archetype = File.ReadAllText(archetypePath);
        var (page, error) = Archetype.Fill(archetype, title, today, slug, type, section);
        if (page is null)
        {
            stderr.WriteLine($"error: {Archetype.Folder}/{type}.md {error}");
            return ExitCodes.Usage;
        }

        var relative = section.Length == 0 ? $"content/{slug}.md" : $"content/{section}/{slug}.md";
        var path = Path.Combine(source, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: refuses an existing file atomically (no check-then-write race with an editor saving it).
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Utf8.GetBytes(page.ReplaceLineEndings("\n")));
        }
        catch (IOException) when (File.Exists(path))
        {
            stderr.WriteLine($"error: {relative} already exists; it was left unchanged (choose another title or pass --slug)");
            return ExitCodes.Errors;
        }

        _environment.Out.WriteLine($"Created {relative}");
        _environment.Out.WriteLine("  It starts as a draft: see it with 'relevare serve --drafts', replace every FILL-IN, then remove 'draft: true'.");
        if (config.Medical?.IsHealthType(type) ?? false)
        {
            _environment.Out.WriteLine($"  A health page is not reviewed yet: when a clinician has checked it, run 'relevare review {relative} --reviewer <key>'.");
        }

        return ExitCodes.Success;
    }

    // The folder for the type: the one given, or the only one site.yml maps to it.
    private string? Section(SiteConfig config, string type, string? requested)
    {
        var candidates = config.Sections.Where(s => s.Value == type).Select(s => s.Key).ToList();
        if (requested is not null)
        {
            if (candidates.Contains(requested))
            {
                return requested;
            }

            _environment.Error.WriteLine($"error: --section '{requested}' is not a folder for '{type}' pages; site.yml's sections give {Folders(candidates)}");
            return null;
        }

        switch (candidates.Count)
        {
            case 1:
                return candidates[0];
            case 0:
                _environment.Error.WriteLine($"error: no folder holds '{type}' pages: add one to 'sections:' in site.yml, e.g. sections: {{ \"news\": {type} }}");
                return null;
            default:
                _environment.Error.WriteLine($"error: '{type}' pages go in {Folders(candidates)}: choose one with --section, e.g. --section {candidates.First(c => c.Length > 0)}");
                return null;
        }
    }

    private static string Folders(IEnumerable<string> sections) =>
        Quoted(sections.Select(s => s.Length == 0 ? "content/" : $"content/{s}/"));

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
