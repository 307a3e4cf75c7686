using System.Text;
using NUnit.Framework.Interfaces;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Listens to an in-process run as the console logger would: what the suite printed (TestContext.Progress and test
/// output) and a line per test that failed, so a run that wrote no summary can still say why.
/// </summary>
internal sealed class RunListener : ITestListener
{
    private readonly StringBuilder text = new();

    public string Text
    {
        get
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }

    public void TestStarted(ITest test)
    {
    }

    public void TestFinished(ITestResult result)
    {
        if (!result.Test.IsSuite && result.ResultState.Status == TestStatus.Failed)
        {
            Append($"  Failed {result.Test.Name}{Environment.NewLine}  {result.Message}{Environment.NewLine}");
        }
    }

    public void TestOutput(TestOutput output) => Append(output.Text);

    public void SendMessage(TestMessage message)
    {
    }

    private void Append(string line)
    {
        lock (text)
        {
            text.Append(line);
        }
    }
}
