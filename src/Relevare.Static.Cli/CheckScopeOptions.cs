using System.Collections.Immutable;
using System.CommandLine;
using System.Text.RegularExpressions;
using Relevare.Static.Checks;

namespace Relevare.Static.Cli;

/// <summary>
/// The options of <c>relevare check</c> that choose what is checked: which checks (<c>--only</c>, <c>--skip</c>),
/// which URLs and folders are left alone, and how the folder is served (directory index, page extensions).
/// They correspond to htmltest's options of the same purpose (docs/checks.md has the table).
/// </summary>
internal sealed class CheckScopeOptions
{
    // User patterns run on every URL of the site: a catastrophic one must fail, not hang the check.
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly Option<string[]> _only = new("--only")
    {
        Description = "Run only these checks: codes (RS0701) or groups (links, images, structure, safety); repeat it or separate with commas.",
        HelpName = "code|group",
    };

    private readonly Option<string[]> _skip = new("--skip")
    {
        Description = "Do not run these checks: codes (RS0705) or groups; repeat it or separate with commas.",
        HelpName = "code|group",
    };

    private readonly Option<string[]> _ignoreUrl = new("--ignore-url")
    {
        Description = "Do not check URLs that match this regular expression anywhere in the URL as written (internal and external); repeatable.",
        HelpName = "regex",
    };

    private readonly Option<string[]> _ignoreInternalUrl = new("--ignore-internal-url")
    {
        Description = "Do not check this relative or root-relative URL, written exactly as in the page; repeatable.",
        HelpName = "url",
    };

    private readonly Option<string[]> _ignoreDir = new("--ignore-dir")
    {
        Description = "Do not check the pages in folders that match this regular expression (tested against 'folder/sub/', './' for the root); their files and ids still count as link targets; repeatable.",
        HelpName = "regex",
    };

    private readonly Option<string[]> _directoryIndex = new("--directory-index")
    {
        Description = "The file a folder URL such as /about/ serves (default: index.html); repeat it to try several names in order.",
        HelpName = "name",
    };

    private readonly Option<string[]> _pageExtension = new("--page-extension")
    {
        Description = "The extension of the files that are pages to parse and check (default: .html and .htm); other files are only link targets; repeatable.",
        HelpName = "ext",
    };

    // The hosts that serve /page from page.html when no file 'page' exists; 'plain' is any host that does not.
    private static readonly string[] Hosts = ["plain", "github-pages", "netlify", "cloudflare-pages"];

    private readonly Option<string> _host = new("--host")
    {
        Description = "How the site is served: github-pages, netlify or cloudflare-pages serve /page from page.html; plain (default) serves only what the URL names.",
        HelpName = "host",
    };

    /// <summary>The options, to add to the command.</summary>
    public IEnumerable<Option> All => [_only, _skip, _ignoreUrl, _ignoreInternalUrl, _ignoreDir, _directoryIndex, _pageExtension, _host];

    /// <summary><paramref name="options"/> narrowed by what the command line says; null (with messages in <paramref name="errors"/>) for bad values.</summary>
    public CheckOptions? Apply(ParseResult parse, CheckOptions options, List<string> errors)
    {
        var levels = CheckSelection.Apply(options.Levels, Values(parse, _only), Values(parse, _skip), errors);
        var ignoreUrls = Patterns(parse, _ignoreUrl, errors);
        var ignoreDirs = Patterns(parse, _ignoreDir, errors);

        var indexes = Values(parse, _directoryIndex);
        foreach (var name in indexes.Where(n => n.Length == 0 || n.Contains('/', StringComparison.Ordinal) || n.Contains('\\', StringComparison.Ordinal) || n is "." or ".."))
        {
            errors.Add($"--directory-index '{name}' must be a file name such as index.html, without a folder");
        }

        var extensions = Values(parse, _pageExtension).Select(e => e.StartsWith('.') ? e : "." + e).ToList();
        foreach (var extension in extensions.Where(e => e.Length < 2 || e.Contains('/', StringComparison.Ordinal)))
        {
            errors.Add($"--page-extension '{extension}' must be an extension such as .html");
        }

        var host = parse.GetValue(_host);
        if (host is not null && !Hosts.Contains(host))
        {
            errors.Add($"--host '{host}' is not a host this check knows: use one of {string.Join(", ", Hosts)}");
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return options with
        {
            ServesHtmlWithoutExtension = host is not null && host != "plain",
            Levels = levels,
            IgnoreUrls = ignoreUrls,
            IgnoreInternalUrls = [.. options.IgnoreInternalUrls, .. Values(parse, _ignoreInternalUrl)],
            IgnoreDirs = ignoreDirs,
            DirectoryIndexes = indexes.Count > 0 ? [.. indexes] : options.DirectoryIndexes,
            PageExtensions = extensions.Count > 0 ? [.. extensions] : options.PageExtensions,
        };
    }

    private static List<string> Values(ParseResult parse, Option<string[]> option) => [.. parse.GetValue(option) ?? []];

    private static ImmutableArray<Regex> Patterns(ParseResult parse, Option<string[]> option, List<string> errors)
    {
        var patterns = ImmutableArray.CreateBuilder<Regex>();
        foreach (var pattern in Values(parse, option))
        {
            try
            {
                patterns.Add(new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout));
            }
            catch (ArgumentException exception)
            {
                errors.Add($"{option.Name} '{pattern}' is not a regular expression: {exception.Message}");
            }
        }

        return patterns.ToImmutable();
    }
}
