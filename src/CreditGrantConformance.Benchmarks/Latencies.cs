using System.Globalization;

namespace CreditGrantConformance.Benchmarks;

/// <summary>Latency samples and the figures reported from them.</summary>
internal sealed class Latencies
{
    private readonly List<double> milliseconds = [];

    public int Count
    {
        get
        {
            lock (milliseconds)
            {
                return milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (milliseconds)
        {
            milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    public double Percentile(double p)
    {
        lock (milliseconds)
        {
            if (milliseconds.Count == 0)
            {
                return double.NaN;
            }

            var sorted = milliseconds.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
        }
    }

    public double Mean
    {
        get
        {
            lock (milliseconds)
            {
                return milliseconds.Count == 0 ? double.NaN : milliseconds.Average();
            }
        }
    }

    public static string Ms(double value) => value.ToString("0.000", CultureInfo.InvariantCulture) + " ms";
}
