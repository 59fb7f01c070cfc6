namespace Analytics.Tests.Cli;

/// <summary>Every output that cannot be written is a usage error that names the path and the fix, never a trace.</summary>
public class OutputFailureTests
{
    private static readonly string Input = TestData.Path("thai-binh/2023-09.csv");

    [Fact]
    public void Growth_OutputNamesAFolder_SaysSo()
    {
        var folder = Scratch.Path("out");
        Directory.CreateDirectory(folder);
        var (code, _, err) = CliRunner.Run("growth", "--input", Input, "--output", folder);
        Assert.Equal(2, code);
        Assert.Contains($"{folder} is a folder, and a file is written there", err, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutNamesAFile_SaysAFolderIsNeeded()
    {
        var file = Scratch.Path("out", ".txt");
        File.WriteAllText(file, "x");
        var (code, _, err) = CliRunner.Run("report", "--input", Input, "--out", file);
        Assert.Equal(2, code);
        Assert.Contains($"{file} is a file, and a folder is needed there", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_DiskFull_SaysSo()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // a device that is always full exists on Linux only; the tests run there in CI
        }

        var (code, _, err) = CliRunner.Run("growth", "--input", Input, "--output", "/dev/full");
        Assert.Equal(2, code);
        Assert.Contains("the disk is full writing /dev/full", err, StringComparison.Ordinal);
    }
}
