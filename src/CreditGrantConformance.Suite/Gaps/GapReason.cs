using System.Text.RegularExpressions;

namespace CreditGrantConformance.Suite.Gaps;

/// <summary>
/// A failure's first line as a known-gap file keeps it: what is wrong, without what changes from run to run (run ids,
/// object and request ids, timestamps, loopback ports, FsCheck's case and shrink counts), so the file written today
/// reads the same as tomorrow's and a diff of two shows only real changes.
/// </summary>
public static partial class GapReason
{
    public static string Normalise(string reason)
    {
        var text = Falsified().Replace(reason, "");
        text = RunId().Replace(text, "{run id}");
        text = ObjectId().Replace(text, m => "{" + m.Groups["kind"].Value switch
        {
            "credgr" => "grant",
            "cus" => "customer",
            "clock" => "test clock",
            _ => "request",
        } + " id}");
        text = IsoTime().Replace(text, "{timestamp}");
        text = UnixTime().Replace(text, "{timestamp}");
        text = LoopbackPort().Replace(text, "${host}:{port}");
        text = Seed().Replace(text, "${name}={seed}");
        return text.Trim();
    }

    [GeneratedRegex(@"\s*\(Falsifiable, after \d+ tests? \(\d+ shrinks?\)\)")]
    private static partial Regex Falsified();

    [GeneratedRegex(@"\brun_\d{14}_[0-9a-f]+\b")]
    private static partial Regex RunId();

    [GeneratedRegex(@"\b(?<kind>credgr|cus|clock|req)_(?:test_)?[A-Za-z0-9]+\b")]
    private static partial Regex ObjectId();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex IsoTime();

    // Seconds since 1970 between 2001 and 2286: what Stripe's timestamps look like.
    [GeneratedRegex(@"\b1\d{9}\b")]
    private static partial Regex UnixTime();

    [GeneratedRegex(@"(?<host>127\.0\.0\.1|localhost|\[::1\]):\d+")]
    private static partial Regex LoopbackPort();

    [GeneratedRegex(@"(?<name>CONFORMANCE_SEED)=\d+")]
    private static partial Regex Seed();
}
