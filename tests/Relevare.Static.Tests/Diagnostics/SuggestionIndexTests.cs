using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Diagnostics;

/// <summary>
/// The indexed "did you mean" gives exactly the answer of the plain search over every candidate, and its work
/// (counted edit distances, not time) stays far below comparing every name with every candidate.
/// </summary>
public sealed class SuggestionIndexTests
{
    [Fact]
    public void Answers_as_the_plain_search_does_on_random_names()
    {
        var random = new Random(16);
        for (var round = 0; round < 300; round++)
        {
            // A small alphabet makes near misses, ties and exact matches common.
            var candidates = Enumerable.Range(0, random.Next(0, 40)).Select(_ => Word(random, "abAB/-", 0, 14)).ToList();
            var index = new SuggestionIndex(candidates);
            for (var query = 0; query < 10; query++)
            {
                var name = query % 3 == 0 && candidates.Count > 0 ? Mutate(random, candidates[random.Next(candidates.Count)]) : Word(random, "abAB/-", 0, 14);
                Assert.Equal(Suggestions.Closest(name, candidates), index.Closest(name));
            }
        }
    }

    [Fact]
    public void Answers_as_the_plain_search_does_on_url_paths()
    {
        var paths = SitePaths(600);
        var index = new SuggestionIndex(paths);
        var random = new Random(7);
        for (var i = 0; i < 60; i++)
        {
            var name = Mutate(random, paths[random.Next(paths.Count)]);
            Assert.Equal(Suggestions.Closest(name, paths), index.Closest(name));
        }

        Assert.Equal(Suggestions.Closest("nothing/like/any/of/these/", paths), index.Closest("nothing/like/any/of/these/"));
    }

    [Fact]
    public void Many_broken_links_on_a_large_site_cost_a_small_fraction_of_all_pairs()
    {
        var paths = SitePaths(4000);
        var index = new SuggestionIndex(paths);
        var random = new Random(3);
        var names = Enumerable.Range(0, 300).Select(_ => Mutate(random, paths[random.Next(paths.Count)])).Distinct(StringComparer.Ordinal).ToList();

        var found = names.Count(n => index.Closest(n) is not null);

        Assert.True(found > names.Count * 9 / 10, $"only {found} of {names.Count} near misses found a suggestion");
        var allPairs = (long)names.Count * paths.Count;
        Assert.True(index.Comparisons * 50 < allPairs, $"{index.Comparisons} edit distances for {names.Count} names over {paths.Count} paths");
    }

    [Fact]
    public void A_name_asked_twice_is_searched_once()
    {
        var index = new SuggestionIndex(SitePaths(200));
        index.Closest("guides/topic-1/page-0007/");
        var first = index.Comparisons;

        index.Closest("guides/topic-1/page-0007/");

        Assert.True(first > 0);
        Assert.Equal(first, index.Comparisons);
    }

    [Fact]
    public void No_search_compares_more_than_the_cap()
    {
        // Every candidate is within reach of the name, so only the cap stops the search.
        var index = new SuggestionIndex(Enumerable.Range(0, 500).Select(i => $"p{i:D3}"), comparisonCap: 25);

        var answer = index.Closest("p9999");

        Assert.Equal(25, index.Comparisons);
        Assert.NotNull(answer);
    }

    [Fact]
    public void An_empty_index_suggests_nothing()
    {
        var index = new SuggestionIndex([]);

        Assert.Null(index.Closest("about/"));
        Assert.Equal(0, index.Comparisons);
    }

    [Fact]
    public void Names_asked_from_several_threads_at_once_get_the_answers_and_cost_of_asking_one_by_one()
    {
        var paths = SitePaths(2000);
        var random = new Random(11);
        var distinct = Enumerable.Range(0, 200).Select(_ => Mutate(random, paths[random.Next(paths.Count)])).ToList();
        var names = distinct.Concat(distinct).Concat(distinct).ToList(); // each asked three times

        // A low cap, so that it stops some searches: their answers depend on the order of the candidates compared.
        var serial = new SuggestionIndex(paths, comparisonCap: 40);
        var expected = names.Select(serial.Closest).ToList();
        var parallel = new SuggestionIndex(paths, comparisonCap: 40);
        var answers = new string?[names.Count];
        Parallel.For(0, names.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => answers[i] = parallel.Closest(names[i]));

        Assert.Equal(expected, answers);
        Assert.Equal(serial.Comparisons, parallel.Comparisons);
    }

    // URL paths shaped like a documentation site's: sections, topics and numbered pages.
    private static List<string> SitePaths(int count) =>
        [.. Enumerable.Range(0, count).Select(i => $"{(i % 3 == 0 ? "guides" : i % 3 == 1 ? "reference" : "blog")}/topic-{i % 17}/page-{i:D4}/")];

    private static string Word(Random random, string alphabet, int min, int max) =>
        new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

    // One to three random edits: the typos and moved folders broken links have.
    private static string Mutate(Random random, string text)
    {
        var chars = text.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, "xyz/-"[random.Next(5)]);
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                default:
                    if (at < chars.Count)
                    {
                        chars[at] = "qrs"[random.Next(3)];
                    }

                    break;
            }
        }

        return new string([.. chars]);
    }
}
