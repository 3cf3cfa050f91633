using System.CommandLine;
using System.Globalization;
using System.Text;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Medical;

namespace Relevare.Static.Cli.Review;

/// <summary>
/// <c>relevare review &lt;page&gt; --reviewer &lt;key&gt;</c>: records that a clinician signed off the page as it is now
/// (a fingerprint of its text, medical front matter and references in <c>content/_data/reviews.yml</c>) and writes
/// <c>reviewed</c> and <c>reviewer</c> into its front matter. <c>--editorial "typo fix" --by &lt;key&gt;</c> records a
/// change that cannot alter the meaning instead, keeping the last review. Every sign-off is kept as history.
/// </summary>
internal sealed class ReviewCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Argument<string> _page = new("page") { Description = "The health page, e.g. content/conditions/migraine.md (or conditions/migraine.md)." };

    private readonly Option<string?> _reviewer = new("--reviewer")
    {
        Description = "The key in content/_data/people.yml of the clinician who checked the page's facts and sources.",
    };

    private readonly Option<string?> _editorial = new("--editorial")
    {
        Description = "Instead of a review: record a change that cannot alter the meaning (e.g. \"typo fix\"), with --by.",
    };

    private readonly Option<string?> _by = new("--by") { Description = "With --editorial: the key in content/_data/people.yml of who made the change." };

    private readonly Option<DirectoryInfo> _source = new("--source", "-s")
    {
        Description = "The site's folder (holding site.yml and content/).",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    private readonly Option<DateOnly?> _today = CliOptions.Today("The date of the sign-off, YYYY-MM-DD [default: today].");

    private readonly CliEnvironment _environment;

    public ReviewCommand(CliEnvironment environment) => _environment = environment;

    public Command Create()
    {
        var command = new Command("review", "Sign off a health page as reviewed (or record an editorial change) in content/_data/reviews.yml.")
        {
            _page, _reviewer, _editorial, _by, _source, _today,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var stderr = _environment.Error;
        var source = parse.GetValue(_source)!.FullName;
        var page = parse.GetValue(_page)!.Replace('\\', '/').TrimStart('.', '/');
        page = page.StartsWith("content/", StringComparison.Ordinal) ? page : "content/" + page;
        var reviewer = parse.GetValue(_reviewer);
        var editorial = parse.GetValue(_editorial)?.Trim();
        var by = parse.GetValue(_by);
        if ((reviewer is null) == (editorial is null) || (editorial is not null && by is null) || (reviewer is not null && by is not null))
        {
            stderr.WriteLine("error: give either --reviewer <key> (a review) or --editorial \"what changed\" --by <key> (a change that cannot alter the meaning)");
            return ExitCodes.Usage;
        }

        if (editorial is { Length: 0 })
        {
            stderr.WriteLine("error: --editorial needs a short description of the change, e.g. --editorial \"typo fix\"");
            return ExitCodes.Usage;
        }

        var path = Path.Combine(source, page);
        if (!File.Exists(Path.Combine(source, "site.yml")) || !File.Exists(path))
        {
            stderr.WriteLine(File.Exists(Path.Combine(source, "site.yml"))
                ? $"error: there is no page {page} (give its path, e.g. content/conditions/migraine.md)"
                : $"error: no site.yml in '{source}' (run relevare review in the site's folder, or pass --source DIR)");
            return ExitCodes.Usage;
        }

        var today = CliOptions.TodayOr(parse.GetValue(_today), _environment.Clock);
        var original = File.ReadAllText(path);
        var key = reviewer ?? by!;
        if (Refusal(source, page, key, isReview: reviewer is not null) is { } refusal)
        {
            stderr.WriteLine($"error: {refusal.Message}");
            return refusal.Exit;
        }

        // A review writes the page's review fields first, so that a page which did not have them yet (a new page)
        // is read like the build will read it; on any refusal the page is put back as it was.
        if (reviewer is not null)
        {
            var edited = FrontMatterEditor.Set(original, [("reviewed", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("reviewer", reviewer)]);
            if (edited is null)
            {
                stderr.WriteLine($"error: {page} has no front matter between '---' lines");
                return ExitCodes.Errors;
            }

            File.WriteAllBytes(path, Utf8.GetBytes(edited));
        }

        var exit = Record(source, page, key, editorial, today, stderr);
        if (exit != ExitCodes.Success && reviewer is not null)
        {
            File.WriteAllBytes(path, Utf8.GetBytes(original));
        }

        return exit;
    }

    // What can be refused before the page is touched: a site without people, a page that is not a health page
    // (its own type, or its folder's when its front matter does not validate yet), an unknown or unconfirmed person.
    private static (string Message, int Exit)? Refusal(string source, string page, string key, bool isReview)
    {
        var diagnostics = new List<Diagnostic>();
        var (config, read) = SiteBuilder.ReadOnePage(new PhysicalSourceFileSystem(source), page, diagnostics);
        if (config is null)
        {
            return ("site.yml has errors: run relevare build to see them", ExitCodes.Usage);
        }

        var section = page.Count(c => c == '/') > 1 ? page.Split('/')[1] : "";
        var type = read?.Metadata.Type ?? config.DefaultTypeFor(section);
        if (config.Medical is not { People: { } people } settings || type is null || !settings.IsHealthType(type))
        {
            return ($"{page} is not a health page (site.yml's medical.health_types): only health pages are reviewed", ExitCodes.Usage);
        }

        if (!people.TryGetValue(key, out var person))
        {
            return ($"'{key}' is not in {PeopleFile.Path}; known: {string.Join(", ", people.Keys)}", ExitCodes.Usage);
        }

        if (isReview && person.CredentialsArePlaceholder)
        {
            return ($"{person.Name}'s credentials in {PeopleFile.Path} are a placeholder: confirm them before {person.Name} signs off pages", ExitCodes.Errors);
        }

        // A translated health page is reviewed by someone who reads its language (the build's RS0630): refused here,
        // before the page says it was reviewed by them.
        var language = config.LanguageOfPath(page).Language.Tag;
        var defaultLanguage = config.DefaultLanguage.Tag;
        return isReview && language != defaultLanguage && !person.ReviewsIn(language, defaultLanguage)
            ? ($"{page} is in '{language}', but {person.Name} ('{key}') reviews in {(person.Languages is { } languages ? string.Join(", ", languages) : defaultLanguage)} only ({PeopleFile.Path}, 'languages'): a translated health page is reviewed by someone who reads its language; if {person.Name} does, add 'languages: [{defaultLanguage}, {language}]' to their entry", ExitCodes.Errors)
            : null;
    }

    private int Record(string source, string page, string key, string? editorial, DateOnly today, TextWriter stderr)
    {
        var diagnostics = new List<Diagnostic>();
        var files = new PhysicalSourceFileSystem(source);
        var (config, read) = SiteBuilder.ReadOnePage(files, page, diagnostics);
        var errors = diagnostics.Where(d => d.IsError).ToList();
        if (config is null || read is null || errors.Count > 0)
        {
            DiagnosticPrinter.PrintText(stderr, errors, githubActions: false);
            stderr.WriteLine($"error: fix these first: only a page that builds can be signed off");
            return ExitCodes.Errors;
        }

        if (config.Medical is not { People: { } people } settings || !read.Metadata.Medical.IsHealthPage)
        {
            stderr.WriteLine($"error: {page} is not a health page (site.yml's medical.health_types): only health pages are reviewed");
            return ExitCodes.Usage;
        }

        if (!people.TryGetValue(key, out var person))
        {
            stderr.WriteLine($"error: '{key}' is not in {PeopleFile.Path}; known: {string.Join(", ", people.Keys)}");
            return ExitCodes.Usage;
        }

        if (editorial is null && person.CredentialsArePlaceholder)
        {
            stderr.WriteLine($"error: {person.Name}'s credentials in {PeopleFile.Path} are a placeholder: confirm them before {person.Name} signs off pages");
            return ExitCodes.Errors;
        }

        var unfinished = read.Metadata.Placeholders.Length + (read.Body.Contains(Yaml.YamlPlaceholder.FillIn, StringComparison.Ordinal) ? 1 : 0);
        if (unfinished > 0)
        {
            stderr.WriteLine($"error: {page} still has placeholders or FILL-IN text (relevare build lists them): finish the page before it is signed off");
            return ExitCodes.Errors;
        }

        var records = ReviewFile.Load(files, diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            DiagnosticPrinter.PrintText(stderr, diagnostics.Where(d => d.IsError).ToList(), githubActions: false);
            return ExitCodes.Errors;
        }

        var history = records.TryGetValue(page, out var entries) ? entries : [];
        var fingerprint = ReviewFingerprint.Of(read);
        var lastReview = history.LastOrDefault(e => e.IsReview);
        if (editorial is not null)
        {
            if (lastReview is null)
            {
                stderr.WriteLine($"error: {page} has never been reviewed: an editorial change can only follow a review (relevare review {page} --reviewer <key>)");
                return ExitCodes.Errors;
            }

            if (history[^1].Content == fingerprint)
            {
                _environment.Out.WriteLine($"{page} has not changed since its last sign-off: nothing to record");
                return ExitCodes.Success;
            }
        }

        var entry = new ReviewEntry(today, key, editorial, fingerprint, Diagnostics.SourceLocation.File(ReviewFile.Path));
        var updated = records.SetItem(page, history.Add(entry));
        var recordPath = Path.Combine(source, ReviewFile.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(recordPath)!);
        File.WriteAllBytes(recordPath, Utf8.GetBytes(ReviewFile.Write(updated)));
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _environment.Out.WriteLine(editorial is null
            ? $"Recorded: {page} reviewed on {date} by {person.NameWithCredentials} (sign-off {history.Length + 1}, in {ReviewFile.Path}); 'reviewed' and 'reviewer' set in its front matter"
            : $"Recorded: editorial change \"{editorial}\" to {page} on {date} by {person.Name}; the review of {lastReview!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} by {lastReview.Person} still stands");
        if (read.Metadata.Draft)
        {
            _environment.Out.WriteLine("  The page is still a draft: remove 'draft: true' to publish it.");
        }

        return ExitCodes.Success;
    }
}
