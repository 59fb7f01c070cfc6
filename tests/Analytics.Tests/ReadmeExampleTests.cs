using Analytics.Audit;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Growth;

namespace Analytics.Tests;

/// <summary>The README's five-line example, compiled and run (house style: samples are executed tests).</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_RunsOnTheBundledData()
    {
        using var console = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var store = new ObservationStore(InterchangeFormat.Read(TestData.Path("thai-binh/2023-09.csv")).ThrowIfErrors());
        foreach (var row in GrowthTable.Compute(store)) console.WriteLine($"{row.Key} {row.Period}: {row.YearOnYear}");
        foreach (var finding in ConsistencyAudit.Run(store)) console.WriteLine(finding);
        console.WriteLine(Analytics.Growth.Growth.Share(1078, 2032));
        var text = console.ToString();
        Assert.Contains("IND_VALUE 2023-01..2023-09: 9.2 (Stated)", text, StringComparison.Ordinal);
        Assert.Contains("53.0511811023622 (Computed)", text, StringComparison.Ordinal);
    }
}
