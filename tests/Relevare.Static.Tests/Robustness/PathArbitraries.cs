using FsCheck;
using FsCheck.Fluent;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// Generates <see cref="PathText"/>s from the pieces that make paths dangerous or unportable (dot segments,
/// separators, reserved names, Windows-forbidden and control characters, case and Unicode twins, long runs), mixed
/// with ordinary and arbitrary characters, so a few hundred cases reach the interesting corners.
/// </summary>
public static class PathArbitraries
{
    private static readonly string[] Pieces =
    [
        "a", "b", "z", "0", "9", "-", "--", "_", ".", "..", "../", "/", "//", "\\", "..\\", ":", "*", "?", "\"", "<", ">", "|", " ",
        "\t", "\n", "\0", "\u001b", "\u007f", "con", "NUL", "com1", "Lpt9", "aux.txt", "A", "\u00c9", "\u00e9", "e\u0301", "\u212B", "~",
        "%2e%2e", "%2f", "index", ".md", "#", "?x", "\u202E", "\uFEFF", "\u2028", "\ud800", new('a', 60), new('b', 101), "\u4e2d\u6587",
    ];

    public static Arbitrary<PathText> PathText() =>
        Gen.OneOf(
                Gen.Elements(Pieces),
                Gen.Elements(Pieces),
                ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()))
            .ListOf()
            .Select(pieces => new PathText(string.Concat(pieces)))
            .ToArbitrary();
}
