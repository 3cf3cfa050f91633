using System.Collections.Immutable;
using System.Globalization;
using Markdig.Syntax;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Readability;
using Relevare.Static.Site;

namespace Relevare.Static.Medical;

/// <summary>
/// The medical checks of one page's body, run between parsing and rendering its Markdown: citations are numbered
/// and checked (RS0607, RS0608); with a <c>medical:</c> section also risky claims (RS0610), readability (RS0612)
/// and review dates (RS0604, RS0605), and a health page gets its JSON-LD. Built once per build (it compiles the
/// claim patterns), used by every page in parallel: it holds no state of its own.
/// </summary>
internal sealed class MedicalPageAnalyzer
{
    /// <summary>Below this many words a readability grade says little (SMOG was built on 30 sentences), so it is not held against the target.</summary>
    public const int MinWordsToGrade = 100;

    private readonly SiteConfig _config;
    private readonly DateOnly? _today;
    private readonly ClaimChecker? _claims;

    public MedicalPageAnalyzer(SiteConfig config, DateOnly? today)
    {
        _config = config;
        _today = today;
        _claims = config.Medical is { } settings ? new ClaimChecker(settings.RiskyPhrases) : null;
    }

    /// <summary>By source path, the translations waiting for a change to that page to be signed off (its RS0623 names them).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> TranslationsAwaitingSignOff { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The page's URL on the site's base URL.</summary>
    public static string Permalink(SiteConfig config, Page page) => new Uri(config.BaseUrl, page.Url.TrimStart('/')).AbsoluteUri;

    public MedicalPageAnalysis Analyze(Page page, MarkdownDocument document, List<Diagnostic> diagnostics)
    {
        var source = page.Source;
        var meta = source.Metadata;
        var citations = CitationResolver.Resolve(source.Path, document, source.BodyFirstLine, meta.Medical.References, diagnostics);
        if (_config.Medical is not { } settings)
        {
            return new MedicalPageAnalysis(citations, null, 0, null, null);
        }

        var blocks = ProseExtractor.Extract(document);
        _claims!.Check(source.Path, source.BodyFirstLine, blocks, diagnostics);
        var language = ReadabilityLanguage.For(LanguageOf(page));
        var exemption = meta.Medical.ReadabilityExemption;
        CheckExemptionScale(source.Path, language, exemption, diagnostics);
        var (readability, hardest, limit) = language switch
        {
            null => (null, [], 0),
            { IsSpanish: true } => CheckSpanishReadability(page, blocks, Math.Min(settings.ReadabilityTargetInflesz, exemption?.MinInflesz ?? double.MaxValue), settings, diagnostics),
            _ => CheckReadability(page, blocks, Math.Max(settings.ReadabilityTargetGrade, exemption?.MaxGrade ?? 0), settings, diagnostics),
        };
        var (shown, changed, history) = ReviewRecordCheck.Check(source, settings, _today, diagnostics, TranslationsAwaitingSignOff.GetValueOrDefault(source.Path, []));
        var review = meta.Reviewed is { } reviewed && shown

            ? ReviewSchedule.Check(reviewed, meta.Medical.NextReview, ReviewLocation(source), settings, _today, diagnostics)
            : null;
        var structuredData = meta.Medical.IsHealthPage
            ? MedicalWebPageJsonLd.Create(_config, page, Permalink(_config, page), citations, shown)
            : null;
        return new MedicalPageAnalysis(citations, readability, limit, review, structuredData)
        {
            ReadabilityLanguage = language?.Tag,
            HardestSentences = hardest,
            ReviewShown = shown,
            ChangedSinceReview = changed,
            History = history,
        };

    }

    /// <summary>The page's line in the content-health report.</summary>
    public static PageHealth Health(Page page, MedicalPageAnalysis analysis)
    {
        var meta = page.Source.Metadata;
        return new PageHealth(
            page.Source.Path, page.Url, meta.Title, meta.Type, meta.Medical.IsHealthPage,
            meta.Medical.Author?.NameWithCredentials ?? meta.Medical.AuthorKey,
            meta.Medical.Reviewer?.NameWithCredentials ?? meta.Reviewer,
            analysis.Review, analysis.Readability ?? ReadabilityScore.Empty, analysis.ReadabilityLimit,
            meta.Medical.ReadabilityExemption?.Reason, analysis.Citations.CitedKeys, analysis.Citations.CitationCount,
            analysis.Citations.References.Length)
        {
            History = analysis.History,
            ChangedSinceReview = analysis.ChangedSinceReview,
            ReadabilityLanguage = analysis.ReadabilityLanguage,
            HardestSentences = analysis.HardestSentences,

        };
    }

    private static SourceLocation ReviewLocation(SourcePage source) =>
        source.Metadata.Locations.GetValueOrDefault("next_review", source.Metadata.Locations.GetValueOrDefault("reviewed", SourceLocation.File(source.Path)));

    /// <summary>The language whose readability rules apply to <paramref name="page"/>: the page's own.</summary>
    private string LanguageOf(Page page) => _config.LanguageOf(page.Source).Tag;

    // max_grade is a Flesch–Kincaid grade, min_inflesz an INFLESZ score: each means something for one language only.
    private static void CheckExemptionScale(string path, ReadabilityLanguage? language, ReadabilityExemption? exemption, List<Diagnostic> diagnostics)
    {
        if (exemption is null || language is null)
        {
            return;
        }

        if (language.IsSpanish && exemption.MinInflesz is null)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ReadabilityExceptionWrongScale, exemption.Location,
                "this page is in Spanish, so it is scored on the INFLESZ scale: a Flesch–Kincaid 'max_grade' does not apply to it",
                "write the lowest INFLESZ score the page may have instead, e.g. 'readability_exception: { min_inflesz: 45, reason: \"…\" }'"));
        }
        else if (!language.IsSpanish && exemption.MinInflesz is not null)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ReadabilityExceptionWrongScale, exemption.Location,
                "this page is in English, so it is graded with Flesch–Kincaid: an INFLESZ 'min_inflesz' does not apply to it",
                "write the highest school grade the page may reach instead, e.g. 'readability_exception: { max_grade: 10, reason: \"…\" }'"));
        }
    }

    private static (ReadabilityScore Score, ImmutableArray<HardSentence> Hardest, double Limit) CheckSpanishReadability(
        Page page, ImmutableArray<ProseBlock> blocks, double limit, MedicalSettings settings, List<Diagnostic> diagnostics)
    {
        var sentences = blocks.SelectMany(b => ReadabilityAnalyzer.Sentences(b.Text, ReadabilityLanguage.Spanish).Select(s => (Block: b, Sentence: s))).ToList();
        var score = sentences.Aggregate(ReadabilityScore.Empty, (total, s) => total.Add(s.Sentence.Score));
        if (score.Words < MinWordsToGrade || score.Inflesz >= limit)
        {
            return (score, [], limit);
        }

        var source = page.Source;
        var hardest = Hardest(source, sentences, s => ReadabilityFormulas.SzigrisztPazos(s.Score.Words, 1, s.Score.Syllables), limit, lowerIsHarder: true);
        var at = Where(source, hardest, blocks);
        var against = source.Metadata.Medical.ReadabilityExemption?.MinInflesz is null
            ? $"the site's target of {Grade(settings.ReadabilityTargetInflesz)}"
            : $"this page's readability_exception min_inflesz of {Grade(limit)}";
        var first = hardest.Length > 0 ? $"; its hardest sentence (INFLESZ {Grade(hardest[0].Grade)}) starts here: “{hardest[0].Excerpt}”" : "";
        var others = hardest.Skip(1).Select(h => $"line {h.Line.ToString(CultureInfo.InvariantCulture)} “{h.Excerpt}” (INFLESZ {Grade(h.Grade)})").ToList();
        diagnostics.Add(Diagnostic.Warning(
            DiagnosticCodes.SpanishReadabilityBelowTarget, at,
            $"the page scores {Grade(score.Inflesz)} on the INFLESZ scale (Szigriszt-Pazos: “{InfleszBand.Of(score.Inflesz)}”, {InfleszBand.English(score.Inflesz)}; Fernández-Huerta {Grade(score.FernandezHuerta)}), below {against}{first}",
            "use shorter sentences and shorter, everyday words (frases cortas, palabras sencillas)" + (others.Count > 0 ? $" (rewrite next: {string.Join("; ", others)})" : "")
                + "; if the page cannot be simpler, add 'readability_exception: { min_inflesz: …, reason: \"…\" }'"));
        return (score, hardest, limit);
    }

    private static (ReadabilityScore Score, ImmutableArray<HardSentence> Hardest, double Limit) CheckReadability(
        Page page, ImmutableArray<ProseBlock> blocks, double limit, MedicalSettings settings, List<Diagnostic> diagnostics)
    {
        var sentences = blocks.SelectMany(b => ReadabilityAnalyzer.Sentences(b.Text, ReadabilityLanguage.English).Select(s => (Block: b, Sentence: s))).ToList();
        var score = sentences.Aggregate(ReadabilityScore.Empty, (total, s) => total.Add(s.Sentence.Score));
        if (score.Words < MinWordsToGrade || score.Grade <= limit)
        {
            return (score, [], limit);
        }

        var source = page.Source;
        var hardest = Hardest(source, sentences, s => ReadabilityFormulas.FleschKincaidGrade(s.Score.Words, 1, s.Score.Syllables), limit, lowerIsHarder: false);
        var at = Where(source, hardest, blocks);
        var against = source.Metadata.Medical.ReadabilityExemption is null
            ? $"the site's target of {Grade(settings.ReadabilityTargetGrade)}"
            : $"this page's readability_exception max_grade of {Grade(limit)}";
        var first = hardest.Length > 0 ? $"; its hardest sentence (grade {Grade(hardest[0].Grade)}) starts here: “{hardest[0].Excerpt}”" : "";
        var others = hardest.Skip(1).Select(h => $"line {h.Line.ToString(CultureInfo.InvariantCulture)} “{h.Excerpt}” (grade {Grade(h.Grade)})").ToList();
        diagnostics.Add(Diagnostic.Warning(
            DiagnosticCodes.ReadabilityAboveTarget, at,
            $"the page reads at grade {Grade(score.Grade)} (Flesch–Kincaid; SMOG {Grade(score.Smog)}), above {against}{first}",
            "use shorter sentences and everyday words" + (others.Count > 0 ? $" (rewrite next: {string.Join("; ", others)})" : "")
                + "; if the page cannot be simpler, add 'readability_exception: { max_grade: …, reason: \"…\" }'"));
        return (score, hardest, limit);
    }

    // The (at most three) sentences that break the limit, hardest first, each with its own score: above the limit for
    // a grade (Flesch–Kincaid), below it where a lower score is harder (INFLESZ).
    private static ImmutableArray<HardSentence> Hardest(
        SourcePage source, List<(ProseBlock Block, Sentence Sentence)> sentences, Func<Sentence, double> score, double limit, bool lowerIsHarder) =>
        [.. sentences
            .Select(s => (s.Block, s.Sentence, Score: score(s.Sentence)))
            .Where(s => lowerIsHarder ? s.Score < limit : s.Score > limit)
            .OrderByDescending(s => lowerIsHarder ? -s.Score : s.Score)
            .Take(3)
            .Select(s =>
            {
                var (line, column) = s.Block.PositionOf(s.Sentence.Start);
                return new HardSentence(
                    source.BodyFirstLine + line, column + 1, s.Score, HardSentence.ExcerptOf(s.Block.Text[s.Sentence.Start..s.Sentence.End]));
            })];

    // Where a readability finding is reported: at the hardest sentence, or at the first block of prose.
    private static SourceLocation Where(SourcePage source, ImmutableArray<HardSentence> hardest, ImmutableArray<ProseBlock> blocks) =>
        hardest.Length > 0
            ? new SourceLocation(source.Path, hardest[0].Line, hardest[0].Column)
            : new SourceLocation(source.Path, source.BodyFirstLine + blocks[0].Line, 1);

    private static string Grade(double grade) => grade.ToString("0.#", CultureInfo.InvariantCulture);
}
