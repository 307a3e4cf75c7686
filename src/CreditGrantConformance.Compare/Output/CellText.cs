namespace CreditGrantConformance.Compare.Output;

/// <summary>
/// Text cut to fit a table cell without cutting a word, and a pair of values cut around where they differ, so a reader
/// sees the differing part of two long values on both sides ("…amount[type]=monetary&amp;name=…" becomes the window
/// where A and B part).
/// </summary>
public static class CellText
{
    private const int Slack = 24;

    /// <summary>The start of the text, up to <paramref name="width"/> characters, ended at a word's end.</summary>
    public static string Fit(string text, int width) => Window(text, 0, width);

    /// <summary>Both values from a little before their first difference, each ended at a word's end.</summary>
    public static (string A, string B) Around(string a, string b, int width)
    {
        if (a.Length <= width && b.Length <= width)
        {
            return (a, b);
        }

        var first = 0;
        while (first < a.Length && first < b.Length && a[first] == b[first])
        {
            first++;
        }

        // A third of the cell shows what comes before the difference, back to the start of its word.
        var start = Math.Max(0, first - (width / 3));
        while (start > 0 && start < a.Length && IsWord(a[start - 1]) && IsWord(a[start]))
        {
            start--;
        }

        return (Window(a, start, width), Window(b, start, width));
    }

    private static string Window(string text, int start, int width)
    {
        if (start >= text.Length)
        {
            start = Math.Max(0, text.Length - width);
        }

        var end = Math.Min(text.Length, start + width);
        // Finish the word the cut fell in, unless it is too long to be a word.
        var stretched = end;
        while (stretched < text.Length
            && stretched - end < Slack
            && IsWord(text[stretched - 1])
            && IsWord(text[stretched]))
        {
            stretched++;
        }

        end = stretched - end < Slack ? stretched : end;
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
}
