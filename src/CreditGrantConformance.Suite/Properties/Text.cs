using FsCheck;
using FsCheck.Fluent;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>Strings for generated requests: mostly plain, often with characters that need form escaping, sometimes not ASCII.</summary>
internal static class Text
{
    private static readonly char[] Plain = "abcdefghijklmnopqrstuvwxyz0123456789_".ToCharArray();
    private static readonly string[] Awkward = ["&", "=", "+", "%", " ", "#", "?", "/", "é", "ß", "✓", "🎁", "'", "\"", "[", "]"];

    public static Gen<string> Of(int min, int max, bool brackets = true) =>
        from length in Gen.Choose(min, max)
        from pieces in Gen.ArrayOf(Piece(brackets), length)
        select Clip(string.Concat(pieces), max);

    public static Gen<string> Word(int min, int max) =>
        from length in Gen.Choose(min, max)
        from letters in Gen.ArrayOf(Gen.Elements(Plain[..26]), length)
        select new string(letters);

    // Surrogate pairs count as two UTF-16 units, as Stripe's length limits count characters of the string.
    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd('\ud83c');

    private static Gen<string> Piece(bool brackets) => Gen.Frequency(
        (8, Gen.Elements(Plain).Select(c => c.ToString())),
        (1, Gen.Elements(Awkward.Where(a => brackets || a is not ("[" or "]")).ToArray())));
}
