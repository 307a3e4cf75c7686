using System.Text;

namespace CreditGrantConformance.ReferenceServer.Rules;

public static class TextLength
{
    public static long Of(string text, TextMeasure measure) => measure switch
    {
        TextMeasure.Utf8Bytes => Encoding.UTF8.GetByteCount(text),
        _ => CodePoints(text),
    };

    // A character outside the Basic Multilingual Plane is two UTF-16 units but one code point.
    private static long CodePoints(string text)
    {
        var count = 0L;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
