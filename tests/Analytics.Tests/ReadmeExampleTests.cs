using System.Globalization;
using Analytics.Observations;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Analytics.Tests;

/// <summary>
/// The README's "Five lines of C#", read from README.md (copied beside the test assembly) and compiled and run as
/// written, so that a change to the README or to the API it uses fails here (house style: samples are executed tests).
/// </summary>
public class ReadmeExampleTests
{
    private const string Heading = "## Five lines of C#";
    private const string DataPath = "\"data/thai-binh/2023-09.csv\"";

    /// <summary>Console output is process-wide: one script at a time.</summary>
    private static readonly SemaphoreSlim ConsoleGate = new(1, 1);

    /// <summary>The first ```csharp block under the heading, as written.</summary>
    internal static string ReadmeBlock()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var heading = Array.FindIndex(lines, l => l.TrimEnd() == Heading);
        Assert.True(heading >= 0, $"README.md has no section \"{Heading}\"");
        var next = Array.FindIndex(lines, heading + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var end = next < 0 ? lines.Length : next;
        var open = Array.FindIndex(lines, heading + 1, end - heading - 1, l => l.Trim() == "```csharp");
        Assert.True(open >= 0, $"the section \"{Heading}\" has no ```csharp block");
        var close = Array.FindIndex(lines, open + 1, end - open - 1, l => l.Trim() == "```");
        Assert.True(close > open, $"the ```csharp block under \"{Heading}\" is not closed");
        return string.Join("\n", lines[(open + 1)..close]);
    }

    [Fact]
    public async Task ReadmeExample_RunsOnTheBundledData()
    {
        var code = ReadmeBlock();

        // The README reads the file relative to the repository; the test runs it on the copy beside the test assembly.
        Assert.Contains(DataPath, code, StringComparison.Ordinal);
        code = code.Replace(DataPath, "@\"" + TestData.Path("thai-binh/2023-09.csv").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", StringComparison.Ordinal);
        // The implicit usings of a new console project (`dotnet new console`), where a reader pastes the five lines.
        var options = ScriptOptions.Default.AddReferences(typeof(ObservationStore).Assembly)
            .AddImports("System", "System.IO", "System.Collections.Generic", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks");

        string text;
        await ConsoleGate.WaitAsync();
        var console = Console.Out;
        try
        {
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            Console.SetOut(output);
            await CSharpScript.RunAsync(code, options);
            text = output.ToString();
        }
        finally
        {
            Console.SetOut(console);
            ConsoleGate.Release();
        }

        // What the three loops print: growth rows, the audit's findings (their plain log line) and Asia's share.
        Assert.Contains("IND_VALUE 2023-01..2023-09: 9.2 (Stated)", text, StringComparison.Ordinal);
        Assert.Contains("info PartsVsTotal IND_VALUE 2023-01..2023-09 (4 sector parts): stated 72,007, recomputed 72,006, difference -1, rounding ±2.5: consistent", text, StringComparison.Ordinal);
        Assert.EndsWith("53.0511811023622 (Computed)", text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeBlock_IsTheFiveLinesUnderItsHeading()
    {
        var code = ReadmeBlock();
        Assert.Equal(5, code.Split('\n').Length);
        Assert.StartsWith("using Analytics.", code, StringComparison.Ordinal);
    }
}
