using NUnit.Framework.Interfaces;

namespace CreditGrantConformance.Tool.Run;

/// <summary>
/// Prints what the suite prints (its start line, the summary table, the verdict) as it prints it; the checks' own
/// results are in the table and the result files, so nothing per test.
/// </summary>
internal sealed class ConsoleListener(TextWriter output) : ITestListener
{
    private readonly Lock writing = new();

    public void TestStarted(ITest test)
    {
    }

    public void TestFinished(ITestResult result)
    {
    }

    public void TestOutput(TestOutput output1)
    {
        lock (writing)
        {
            output.Write(output1.Text);
            output.Flush();
        }
    }

    public void SendMessage(TestMessage message)
    {
    }
}
