using System.Text;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Yaml;

/// <summary>
/// Seeded mutations of real front matter (the clinic's pages, benchmark-shaped pages): characters inserted, deleted
/// and replaced from an alphabet of what matters to YAML. Every mutant is read as YamlDotNet reads it, or declined.
/// The seeds are fixed, so a failure repeats; the message shows the mutant.
/// </summary>
public sealed class FastYamlReaderFuzzTests
{
    private const string Alphabet = " \n\n  \t:-#[]{},&*!|>'\"%@`?\\.~0aZé–\u00A0\u0085/";

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_front_matter_is_read_as_YamlDotNet_reads_it_or_declined(int seed)
    {
        var random = new Random(seed * 7919);
        var bases = Bases(random);
        var read = 0;
        const int Mutants = 1000;
        for (var i = 0; i < Mutants; i++)
        {
            var yaml = Mutate(random, bases[random.Next(bases.Count)]);
            if (FastYamlAgreement.Check(yaml, 2, $"seed {seed}, mutant {i}"))
            {
                read++;
            }
        }

        // Many mutants stay in the subset (a changed letter, an added space): the fuzz exercises the fast path, not
        // only its declining.
        Assert.True(read >= Mutants / 10, $"the fast reader read only {read} of {Mutants} mutants");
    }

    private static List<string> Bases(Random random)
    {
        var bases = FastYamlReaderCorpusTests.FrontMatterOf(Path.Combine(RepositoryPaths.RepositoryRoot, "content"))
            .Select(p => p.Yaml).ToList();
        for (var i = 0; i < 10; i++)
        {
            bases.Add(FastYamlReaderCorpusTests.BenchFrontMatter(random, i));
        }

        bases.Add("title: a\nmedical:\n  reviewed: 2026-11-25\n  list:\n  - x\n  - 'y'\n  flow: { a: \"b\", c: d }\nlast: [1, 2]");
        return bases;
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(builder.Length + 1);
            var c = Alphabet[random.Next(Alphabet.Length)];
            switch (random.Next(3))
            {
                case 0:
                    builder.Insert(at, c);
                    break;
                case 1 when at < builder.Length:
                    builder.Remove(at, 1);
                    break;
                default:
                    if (at < builder.Length)
                    {
                        builder[at] = c;
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
