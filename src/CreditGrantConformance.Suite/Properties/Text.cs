using FsCheck;
using FsCheck.Fluent;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// Strings for generated requests: mostly plain, often with characters that need form escaping, sometimes not ASCII.
/// </summary>
internal static class Text
{
    private static readonly char[] Plain = "abcdefghijklmnopqrstuvwxyz0123456789_".ToCharArray();
    private static readonly string[] Awkward =
        ["&", "=", "+", "%", " ", "#", "?", "/", "é", "ß", "✓", "🎁", "'", "\"", "[", "]"];

    public static Gen<string> Of(int min, int max, bool brackets = true) =>
        from length in Gen.Choose(min, max)
        from pieces in Gen.ArrayOf(Piece(brackets, astral: true), length)
        select Clip(string.Concat(pieces), max);

    /// <summary>
    /// Exactly <paramref name="length"/> characters, multi-byte ones among them but none outside the Basic Multilingual
    /// Plane, so the length is the same counted in characters or UTF-16 units (and differs from a count of bytes).
    /// </summary>
    public static Gen<string> Exactly(int length, bool brackets = true) =>
        from pieces in Gen.ArrayOf(Piece(brackets, astral: false), length)
        select string.Concat(pieces);

    /// <summary>
    /// Lengths from <paramref name="min"/> to <paramref name="max"/>, with real weight on both ends (the edges of a
    /// documented limit).
    /// </summary>
    public static Gen<string> UpTo(int min, int max, bool brackets = true) => Gen.Frequency(
        (6, Of(min, max, brackets)),
        (1, Exactly(max, brackets)),
        (1, Exactly(max - 1, brackets)),
        (1, Exactly(min, brackets)));

    public static Gen<string> Word(int min, int max) =>
        from length in Gen.Choose(min, max)
        from letters in Gen.ArrayOf(Gen.Elements(Plain[..26]), length)
        select new string(letters);

    // Surrogate pairs count as two UTF-16 units, as Stripe's length limits count characters of the string.
    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd('\ud83c');

    private static Gen<string> Piece(bool brackets, bool astral) => Gen.Frequency(
        (8, Gen.Elements(Plain).Select(c => c.ToString())),
        (1, Gen.Elements(Awkward
            .Where(a => (brackets || a is not ("[" or "]")) && (astral || a.Length == 1))
            .ToArray())));
}
