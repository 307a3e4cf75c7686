using System.Diagnostics;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// Input the comparison cannot use is answered with exit code 2 and one readable line, never a stack trace.
/// </summary>
public sealed class BadInputTests
{
    [Test]
    public async Task A_missing_directory_answers_exit_code_2_with_a_readable_message_from_the_command()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-run-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", [CompareAssembly(), missing, missing + "-b"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var everything = error + await output;

        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain($"Run A: {missing} is not a directory").And.Contain("results directory"));
            Assert.That(everything, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace");
        });
    }

    [Test]
    public void A_run_without_an_archive_names_the_setting_that_turned_recording_off()
    {
        var run = new RecordedRunBuilder().Check("create.echoes_name").Write();
        File.Delete(Path.Combine(run, "conformance.har"));

        var result = ComparisonResult.Run(run, run);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(
                result.Error,
                Does.Contain("holds no conformance.har").And.Contain(SettingNames.Record + "=false"));
        });
    }

    [Test]
    public void A_summary_that_is_not_json_is_named()
    {
        var run = new RecordedRunBuilder().Check("create.echoes_name").Write();
        File.WriteAllText(Path.Combine(run, SummaryFile.FileName), "{ not json");

        var result = ComparisonResult.Run(run, run);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain(SummaryFile.FileName).And.Contain("is not valid JSON"));
        });
    }

    [TestCase("--known")]
    [TestCase("--colour", "red")]
    [TestCase]
    public void Bad_arguments_answer_the_usage(params string[] args)
    {
        var result = ComparisonResult.Run(["a", .. args]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("usage: dotnet run --project src/CreditGrantConformance.Compare"));
        });
    }

    [Test]
    public void A_known_divergence_file_without_reasons_is_refused()
    {
        var run = new RecordedRunBuilder().Check("create.echoes_name").Write();
        var known = Path.Combine(run, "known.json");
        File.WriteAllText(known, """{"divergences":[{"check":"list.*"}]}""");

        var result = ComparisonResult.Run(run, run, "--known", known);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("divergences[0]").And.Contain("\"reason\""));
        });
    }

    private static string CompareAssembly()
    {
        // Built with the self-tests, which reference it, in the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(
            RepositoryLocator.FindRoot(),
            "src",
            "CreditGrantConformance.Compare",
            "bin",
            configuration,
            "net10.0",
            "CreditGrantConformance.Compare.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"Build src/CreditGrantConformance.Compare first: {path} is missing.", path);
    }
}
