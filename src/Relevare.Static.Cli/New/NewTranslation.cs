using System.Text;
using System.Text.RegularExpressions;
using Relevare.Static.Cli.Review;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Medical;

namespace Relevare.Static.Cli.New;

/// <summary>
/// <c>relevare new --lang es --translation-of content/conditions/migraine.md</c>: a draft translation at the same place
/// under the language's folder (so it shares the source's translation key), with the source's text to translate, the
/// version of the source it translates recorded in <c>translation_of</c> (its review fingerprint and last sign-off),
/// and, for a health page, its own review pending.
/// </summary>
internal static partial class NewTranslation
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Run(CliEnvironment environment, string root, SiteConfig config, string? language, string sourcePath)
    {
        var stderr = environment.Error;
        sourcePath = sourcePath.Replace('\\', '/');
        if (!config.IsMultilingual)
        {
            stderr.WriteLine("error: site.yml declares no 'languages:', so a page has nothing to be translated into (docs/editors-guide.md, \"Translating a page\")");
            return ExitCodes.Usage;
        }

        var others = config.Languages.Where(l => !l.IsDefault).ToList();
        if (language is null || config.FindLanguage(language) is not { IsDefault: false } target)
        {
            stderr.WriteLine(language is null
                ? $"error: say which language to translate into with --lang ({string.Join(", ", others.Select(l => l.Tag))})"
                : $"error: --lang '{language}' is not one of site.yml's other languages ({string.Join(", ", others.Select(l => l.Tag))})");
            return ExitCodes.Usage;
        }

        var (sourceLanguage, relative) = config.LanguageOfPath(sourcePath);
        if (!sourcePath.StartsWith("content/", StringComparison.Ordinal) || !sourcePath.EndsWith(".md", StringComparison.Ordinal) || !sourceLanguage.IsDefault)
        {
            stderr.WriteLine($"error: --translation-of '{sourcePath}' must be a page in the site's default language ({config.DefaultLanguage.Tag}), written as its path, e.g. content/conditions/migraine.md");
            return ExitCodes.Usage;
        }

        var diagnostics = new List<Diagnostic>();
        var (full, page) = SiteBuilder.ReadOnePage(new PhysicalSourceFileSystem(root), sourcePath, diagnostics);
        if (full is null || page is null)
        {
            DiagnosticPrinter.PrintText(stderr, diagnostics, githubActions: false);
            stderr.WriteLine(File.Exists(Path.Combine(root, sourcePath)) ? $"error: fix {sourcePath} first" : $"error: there is no {sourcePath}");
            return ExitCodes.Usage;
        }

        // The version translated: the source's fingerprint now, and its last sign-off when that is what it signed.
        var fingerprint = ReviewFingerprint.Of(page);
        var history = full.Medical is { } medical && medical.Reviews.TryGetValue(sourcePath, out var entries) ? entries : [];
        var signedOff = history.Length > 0 && history[^1].Content == fingerprint ? history.LastOrDefault(e => e.IsReview && e.Content == fingerprint) ?? history.LastOrDefault(e => e.IsReview) : null;
        // A health page with no sign-off record at all is taken at its 'reviewed' word (as the build takes it), so that
        // date is the version's: a later 'reviewed' date on a changed source then dates the translation's going out of date.
        var takenAtItsWord = history.IsEmpty && page.Metadata.Medical.IsHealthPage ? page.Metadata.Reviewed : null;
        var versionDate = signedOff?.Date ?? takenAtItsWord;
        var record = $"{{ source: {sourcePath}, fingerprint: \"{fingerprint}\"{(versionDate is { } d ? $", reviewed: {Dates.Iso(d)}" : "")} }}";
        var isHealth = page.Metadata.Medical.IsHealthPage;
        var fields = new List<(string Key, string Value)>
        {
            ("translation_of", record),
            ("draft", "true"),
        };
        if (isHealth)
        {
            var why = $"\"the {target.Name} translation is not reviewed yet: a reviewer who lists '{target.Tag}' in 'languages:' signs it off\"";
            fields.Add(("reviewed", $"{{ placeholder: pending, why: {why} }}"));
            fields.Add(("reviewer", $"{{ placeholder: pending, why: {why} }}"));
        }

        var text = File.ReadAllText(Path.Combine(root, sourcePath)).ReplaceLineEndings("\n");
        var edited = FrontMatterEditor.Set(WithoutAliases(text), fields);
        if (edited is null)
        {
            stderr.WriteLine($"error: {sourcePath} has no front matter to copy");
            return ExitCodes.Usage;
        }

        var split = edited.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        var note = $"FILL-IN: translate this page into {target.Name} — its title, description and text, in plain words for patients — keeping every fact, number and citation of the original; then delete this line.\n\n";
        var translation = edited[..split] + "\n" + note + edited[split..].TrimStart('\n');
        var relativeTarget = target.ContentRoot + relative;
        var path = Path.Combine(root, relativeTarget);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Utf8.GetBytes(translation));
        }
        catch (IOException) when (File.Exists(path))
        {
            stderr.WriteLine($"error: {relativeTarget} already exists; it was left unchanged (to record a newer version of the source in it, update its translation_of)");
            return ExitCodes.Errors;
        }

        environment.Out.WriteLine($"Created {relativeTarget}, the {target.Name} translation of {sourcePath}");
        environment.Out.WriteLine($"  It records the version it translates: {fingerprint}" + (signedOff is not null ? $" (signed off {Dates.Iso(signedOff.Date)})" : takenAtItsWord is { } word ? $" (no sign-off recorded; the source says it was reviewed {Dates.Iso(word)})" : " (the source's current text has no sign-off yet)") + ".");
        environment.Out.WriteLine("  It starts as a draft: translate it, replace every FILL-IN, then remove 'draft: true'.");
        if (isHealth)
        {
            environment.Out.WriteLine($"  Its own review is pending: a reviewer whose entry in content/_data/people.yml lists '{target.Tag}' in 'languages:' signs it off with 'relevare review {relativeTarget} --reviewer <key>'.");
        }

        return ExitCodes.Success;
    }

    // An alias is an old address of the source: the translation must not claim it too (two pages at one address).
    private static string WithoutAliases(string text)
    {
        var lines = text.Split('\n').ToList();
        var end = lines.FindIndex(1, l => l == "---");
        for (var i = 1; i < end; i++)
        {
            if (Aliases().IsMatch(lines[i]))
            {
                lines.RemoveAt(i);
                end--;
                while (i < end && lines[i].Length > 0 && lines[i][0] is ' ' or '\t' or '-')
                {
                    lines.RemoveAt(i);
                    end--;
                }

                i--;
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^aliases\s*:")]
    private static partial Regex Aliases();
}
